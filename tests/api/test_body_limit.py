"""Bodies over 64 KiB are 413/21 before the api key is read, whether their length is declared or chunked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kiosk.api.marta import API_KEY_HEADER, MAX_BODY_BYTES, AnswerCode, Path

TOO_LARGE = {"AnswerCode": AnswerCode.BODY_TOO_LARGE, "Message": "The request body is over 64 KiB.", "Field": "body"}
FORTY_MB = 40 * 1024 * 1024
CHUNK = 64 * 1024


def _stream(total: int) -> Iterator[bytes]:
    """`total` bytes of JSON-ish filler, made as they are sent: the test never holds 40 MB either."""
    sent = 0
    while sent < total:
        piece = b" " * min(CHUNK, total - sent)
        sent += len(piece)
        yield piece


def _login(demo: dict[str, Any], size: int) -> bytes:
    """A valid terminal login padded with blanks (still valid JSON) to exactly `size` bytes."""
    body = json.dumps({"campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal", **demo["terminal"]})
    return body.encode() + b" " * (size - len(body))


@pytest.mark.parametrize("api_key", [None, "not-the-key"])
def test_forty_megabytes_with_a_declared_length_are_refused_before_the_api_key(sandbox: Any, api_key: str | None) -> None:
    headers = {"content-length": str(FORTY_MB), "content-type": "application/json"}
    if api_key:
        headers[API_KEY_HEADER] = api_key
    answer = httpx.post(sandbox.url + Path.AUTH, content=_stream(FORTY_MB), headers=headers, timeout=30)
    assert (answer.status_code, answer.json()) == (413, TOO_LARGE)


@pytest.mark.parametrize("path", [Path.AUTH, Path.PURCHASE, Path.SANDBOX_FAULTS])
def test_forty_megabytes_chunked_are_refused_before_the_api_key(sandbox: Any, path: str) -> None:
    answer = httpx.post(
        sandbox.url + path, content=_stream(FORTY_MB), headers={"content-type": "application/json"}, timeout=30
    )
    assert "content-length" not in answer.request.headers  # really sent chunked
    assert (answer.status_code, answer.json()) == (413, TOO_LARGE)


def test_one_byte_over_the_limit_is_refused_and_the_limit_itself_is_served(sandbox: Any) -> None:
    key = {API_KEY_HEADER: sandbox.demo["apikey"], "content-type": "application/json"}
    at_limit = httpx.post(sandbox.url + Path.AUTH, content=_login(sandbox.demo, MAX_BODY_BYTES), headers=key)
    assert at_limit.status_code == 200 and at_limit.json()["scope"] == "terminal"
    over = httpx.post(sandbox.url + Path.AUTH, content=_login(sandbox.demo, MAX_BODY_BYTES + 1), headers=key)
    assert (over.status_code, over.json()) == (413, TOO_LARGE)


def test_just_under_the_limit_chunked_is_served(sandbox: Any) -> None:
    key = {API_KEY_HEADER: sandbox.demo["apikey"], "content-type": "application/json"}
    body = _login(sandbox.demo, MAX_BODY_BYTES - 10)
    pieces = iter([body[i : i + 1000] for i in range(0, len(body), 1000)])
    answer = httpx.post(sandbox.url + Path.AUTH, content=pieces, headers=key)
    assert "content-length" not in answer.request.headers
    assert answer.status_code == 200 and answer.json()["scope"] == "terminal"


def test_the_server_still_serves_after_refusing(sandbox: Any) -> None:
    with httpx.Client(base_url=sandbox.url, timeout=30) as http:
        assert http.post(Path.AUTH, content=_stream(FORTY_MB)).status_code == 413
        key = {API_KEY_HEADER: sandbox.demo["apikey"], "content-type": "application/json"}
        assert http.post(Path.AUTH, content=_login(sandbox.demo, 500), headers=key).status_code == 200


def test_the_schema_says_which_calls_can_meet_413(sandbox: Any) -> None:
    paths = httpx.get(sandbox.url + "/openapi.json").json()["paths"]
    assert "413" in paths[Path.AUTH]["post"]["responses"]
    assert "413" in paths[Path.PURCHASE]["post"]["responses"]
    assert "413" not in paths[Path.CARD]["get"]["responses"]
