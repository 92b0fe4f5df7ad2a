"""A signed-in customer's own area (scope customer): data fields and profile."""

from __future__ import annotations

import datetime as dt

from kiosk.api.errors import Problem
from kiosk.api.marta import AnswerCode, Path
from kiosk.api.models import CustomerProfile, DataFields
from kiosk.api.session import Authorized

__all__ = ["CustomerSession"]

# In a customer's session a refused token means the customer must sign in again,
# whatever the terminal's own settings are.
_CUSTOMER_PROBLEMS = {
    AnswerCode.WRONG_CREDENTIALS: Problem.CUSTOMER_SESSION_EXPIRED,
    AnswerCode.TOKEN_EXPIRED: Problem.CUSTOMER_SESSION_EXPIRED,
}

ProfileValue = str | int | bool | dt.date | None


class CustomerSession:
    """One customer signed in; shares the client's connection, keeps its own tokens.

    Made by `LoyaltyClient.customer_login` or `customer_login_with_pin`.
    `customer` is the latest profile seen (at sign-in, or from the last call).
    """

    def __init__(self, calls: Authorized, *, campaign_id: int, customer: CustomerProfile) -> None:
        self._calls = calls
        self._campaign_id = campaign_id
        self.customer = customer

    def data_fields(self) -> DataFields:
        """The campaign's form: which personal data and consents to ask for."""
        answer = self._calls.send(
            "GET", Path.DATAFIELDS, path_args={"campaignid": self._campaign_id}, problems=_CUSTOMER_PROBLEMS
        )
        return DataFields.from_json(answer.body)

    def profile(self) -> CustomerProfile:
        answer = self._calls.send("GET", Path.CUSTOMER, problems=_CUSTOMER_PROBLEMS)
        self.customer = CustomerProfile.from_json(answer.body)
        return self.customer

    def update_profile(self, **fields: ProfileValue) -> CustomerProfile:
        """Change the named fields (standard, custom and consents alike, by their names).

        Dates go as YYYY-MM-DD; the answer is the whole profile after the change.
        """
        body = {name: value.isoformat() if isinstance(value, dt.date) else value for name, value in fields.items()}
        answer = self._calls.send("PUT", Path.CUSTOMER, json=body, problems=_CUSTOMER_PROBLEMS)
        self.customer = CustomerProfile.from_json(answer.body)
        return self.customer
