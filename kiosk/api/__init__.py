"""The loyalty API client: contract details live here, the rest of the app sees this surface.

Each name loads its module on first use (PEP 562): a screen that needs an error class or a model
does not pay for httpx and the client at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import lazy_exports

if TYPE_CHECKING:
    from kiosk.api.client import Login, LoyaltyClient, TerminalLogin
    from kiosk.api.customer import CustomerSession
    from kiosk.api.errors import (
        details,
        ApiError,
        BadAnswer,
        LoyaltyError,
        NetworkError,
        NotConfigured,
        Problem,
        SessionExpired,
    )
    from kiosk.api.models import (
        Account,
        Balance,
        Campaign,
        Card,
        CardFormat,
        CardStatus,
        Category,
        CheckCard,
        CodeSent,
        CustomerProfile,
        DataField,
        DataFields,
        DirectoryEntry,
        DirectoryPage,
        Evaluation,
        FieldType,
        Movement,
        MovementResult,
        MovementType,
        NextStep,
        OfflinePolicy,
        OperationOutcome,
        PinCheck,
        PinResetCodeSent,
        PinSet,
        Tokens,
        Voucher,
    )
    from kiosk.api.sandbox_control import SandboxControl, SentMessage

_HOMES = {
    "Login": "kiosk.api.client",
    "LoyaltyClient": "kiosk.api.client",
    "TerminalLogin": "kiosk.api.client",
    "CustomerSession": "kiosk.api.customer",
    "details": "kiosk.api.errors",
    "ApiError": "kiosk.api.errors",
    "BadAnswer": "kiosk.api.errors",
    "LoyaltyError": "kiosk.api.errors",
    "NetworkError": "kiosk.api.errors",
    "NotConfigured": "kiosk.api.errors",
    "Problem": "kiosk.api.errors",
    "SessionExpired": "kiosk.api.errors",
    "Account": "kiosk.api.models",
    "Balance": "kiosk.api.models",
    "Campaign": "kiosk.api.models",
    "Card": "kiosk.api.models",
    "CardFormat": "kiosk.api.models",
    "CardStatus": "kiosk.api.kinds",
    "Category": "kiosk.api.models",
    "CheckCard": "kiosk.api.models",
    "CodeSent": "kiosk.api.models",
    "CustomerProfile": "kiosk.api.models",
    "DataField": "kiosk.api.models",
    "DataFields": "kiosk.api.models",
    "DirectoryEntry": "kiosk.api.models",
    "DirectoryPage": "kiosk.api.models",
    "Evaluation": "kiosk.api.models",
    "FieldType": "kiosk.api.models",
    "Movement": "kiosk.api.models",
    "MovementResult": "kiosk.api.models",
    "MovementType": "kiosk.api.kinds",
    "NextStep": "kiosk.api.models",
    "OfflinePolicy": "kiosk.api.models",
    "OperationOutcome": "kiosk.api.models",
    "PinCheck": "kiosk.api.models",
    "PinResetCodeSent": "kiosk.api.models",
    "PinSet": "kiosk.api.models",
    "Tokens": "kiosk.api.models",
    "Voucher": "kiosk.api.models",
    "SandboxControl": "kiosk.api.sandbox_control",
    "SentMessage": "kiosk.api.sandbox_control",
}

__all__ = [
    "LoyaltyClient",
    "TerminalLogin",
    "Login",
    "CustomerSession",
    "LoyaltyError",
    "ApiError",
    "SessionExpired",
    "NetworkError",
    "BadAnswer",
    "NotConfigured",
    "Problem",
    "details",
    "Account",
    "Balance",
    "Campaign",
    "Card",
    "CardFormat",
    "CardStatus",
    "Category",
    "CheckCard",
    "CodeSent",
    "CustomerProfile",
    "DataField",
    "DataFields",
    "DirectoryEntry",
    "DirectoryPage",
    "Evaluation",
    "FieldType",
    "Movement",
    "MovementResult",
    "MovementType",
    "NextStep",
    "OfflinePolicy",
    "OperationOutcome",
    "PinCheck",
    "PinResetCodeSent",
    "PinSet",
    "Tokens",
    "Voucher",
    "SandboxControl",
    "SentMessage",
]


__getattr__, __dir__ = lazy_exports(__name__, _HOMES, __all__)
