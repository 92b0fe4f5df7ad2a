"""The published schema: FastAPI's, without the 422 shape this server never answers."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from kiosk.api.marta import MAX_BODY_BYTES, AnswerCode, Path

__all__ = ["install_openapi"]

_FASTAPI_ERROR_SCHEMAS = ("HTTPValidationError", "ValidationError")


def _drop_default_422(schema: dict[str, Any]) -> None:
    """Bad input is 400/20 here; a 422 stays only where a route lists it itself (key reuse, 61)."""
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.get("responses", {})
            content = responses.get("422", {}).get("content", {}).get("application/json", {})
            if content.get("schema", {}).get("$ref", "").endswith("/HTTPValidationError"):
                del responses["422"]
    components = schema.get("components", {}).get("schemas", {})
    for name in _FASTAPI_ERROR_SCHEMAS:
        components.pop(name, None)


def _security_all_of(schema: dict[str, Any]) -> None:
    """FastAPI lists each scheme as an alternative; here the api key AND the token are needed.

    POST /auth is the exception: the api key alone, or with a terminal's token
    for a customer's card + PIN login.
    """
    for path, path_item in schema.get("paths", {}).items():
        for operation in path_item.values():
            alternatives = operation.get("security")
            if not alternatives:
                continue
            combined = {name: scopes for requirement in alternatives for name, scopes in requirement.items()}
            if path == Path.AUTH:
                key_only = {name: scopes for name, scopes in combined.items() if name == "ApiKey"}
                operation["security"] = [key_only, combined]
            else:
                operation["security"] = [combined]


def _body_limit(schema: dict[str, Any]) -> None:
    """Every call that takes a body can meet 413/21: the limit is checked before anything else."""
    error_ref = {"$ref": "#/components/schemas/ErrorBody"}
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            if "requestBody" in operation:
                operation.setdefault("responses", {})["413"] = {
                    "description": f"AnswerCode {int(AnswerCode.BODY_TOO_LARGE)}: request body over"
                    f" {MAX_BODY_BYTES // 1024} KiB",
                    "content": {"application/json": {"schema": error_ref}},
                }


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            _drop_default_422(schema)
            _security_all_of(schema)
            _body_limit(schema)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
