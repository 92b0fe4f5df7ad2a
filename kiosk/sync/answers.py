"""The client's answers written back as the wire's JSON, so the store keeps what the server said.

The client hands out parsed dataclasses, not raw bodies; these put them back in
the contract's shape, so `MovementResult.from_json` and `Campaign.from_json`
read the stored copies again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kiosk.api import Campaign, Movement, MovementResult

__all__ = ["movement_json", "movement_result_json", "campaign_json"]


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")


def movement_json(movement: Movement) -> dict[str, Any]:
    return {
        "movementid": movement.movementid,
        "operationid": movement.operationid,
        "type": movement.type.value,
        "card": movement.card,
        "amount": movement.amount,
        "points": movement.points,
        "credit": movement.credit,
        "receipt": movement.receipt,
        "datetime": _iso(movement.when),
        "reverses": movement.reverses,
        "reversedby": movement.reversedby,
        "serialnumber": movement.serialnumber,
    }


def movement_result_json(result: MovementResult) -> dict[str, Any]:
    return {
        "movementid": result.movementid,
        "operationid": result.operationid,
        "points": result.points,
        "credit": result.credit,
        "balance": {"points": result.balance.points, "credit": result.balance.credit},
        "movement": movement_json(result.movement),
        "replayed": result.replayed,
    }


def campaign_json(campaign: Campaign) -> dict[str, Any]:
    policy = campaign.offlinepolicy
    return {
        "campaignid": campaign.campaignid,
        "name": campaign.name,
        "currency": campaign.currency,
        "pointsperunit": campaign.pointsperunit,
        "pointvalue": campaign.pointvalue,
        "minredeempoints": campaign.minredeempoints,
        "pincodelength": campaign.pincodelength,
        "cardformat": campaign.cardformat.value,
        "categories": [{"categoryid": c.categoryid, "name": c.name} for c in campaign.categories],
        "offlinepolicy": {
            "earn": policy.earn,
            "redeem": policy.redeem,
            "redeemmaxpoints": policy.redeemmaxpoints,
            "redeemwindowhours": policy.redeemwindowhours,
            "redeemmaxtotalpoints": policy.redeemmaxtotalpoints,
        },
        # What offline look-up by e-mail or phone hashes with (and what the directory's hashes were made with).
        "contacthash": campaign.contacthash.to_json(),
    }
