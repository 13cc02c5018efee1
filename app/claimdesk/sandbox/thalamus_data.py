"""Thalamus records held by the sandbox: touchpoints, parties (partners, their customers, one
non-partner login), partner SKUs, the legacy SKU catalogue, vendors, live sessions and sales.

The JSON shapes of partner SKUs are those of Thalamus's public docs (List Partner SKUs).
"""

import secrets
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from .demo_credentials import (
    THALAMUS_API_TOKEN,
    THALAMUS_PASSWORD,
    THALAMUS_PRINCIPAL,
    THALAMUS_TOUCHPOINT,
)

Role = Literal["partner", "consumer"]

SESSION_COOKIE = "JSESSIONID"
SESSION_LIFETIME_S = 30 * 60.0  # until /_sandbox/thalamus/expire-sessions ends them sooner

# A second partner (its customers are not demo-partner's) and a login that is not a partner.
OTHER_PARTNER_PRINCIPAL = "north-partner"
OTHER_PARTNER_PASSWORD = "north-password"
NON_PARTNER_PRINCIPAL = "demo-consumer"
NON_PARTNER_PASSWORD = "demo-password"
# A touchpoint of the same server whose token is not the demo one.
OTHER_TOUCHPOINT = "CALLCENTER"
OTHER_TOUCHPOINT_TOKEN = "callcenter-token"
# A touchpoint that needs no password ("some touchpoints need none"). Guess: there a known
# principal logs in with an empty (or absent) password.
PASSWORDLESS_TOUCHPOINT = "KIOSK"
PASSWORDLESS_TOUCHPOINT_TOKEN = "kiosk-token"


@dataclass(frozen=True)
class Login:
    principal: str
    password: str
    role: Role


@dataclass(frozen=True)
class PartnerSku:
    code: str
    name: str
    equivalence_type: int  # 1 Equivalence, 2 Unit, 3 Package, 4 Boxes
    equivalence: Decimal  # only set for type 1; 1 for the others
    sku_codes: dict[str, str]  # SKU reference code (skuCodeKey) -> Thalamus SKU code

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "equivalenceType": self.equivalence_type,
            "equivalence": str(self.equivalence),
            "skuCodes": dict(self.sku_codes),
        }


@dataclass
class Session:
    principal: str
    touchpoint: str
    expires_at: float  # time.monotonic()

    @property
    def live(self) -> bool:
        return time.monotonic() < self.expires_at


@dataclass
class ThalamusData:
    touchpoints: dict[str, str]  # code -> API token
    passwordless: frozenset[str]  # touchpoints whose logins need no password
    logins: dict[str, Login]
    customers: dict[str, str]  # credential principal -> owning partner's principal
    partner_skus: dict[str, dict[str, PartnerSku]]  # partner -> code -> SKU
    legacy_skus: set[tuple[str, str]]  # (skuCodeKey, skuCode) known to Thalamus
    vendors: dict[int, str]
    sessions: dict[str, Session] = field(default_factory=dict)
    sales: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_sale_id: int = 1
    logins_made: int = 0  # successful logins since the last reset (for tests)

    def open_session(self, principal: str, touchpoint: str) -> str:
        token = secrets.token_urlsafe(24)
        self.sessions[token] = Session(principal, touchpoint, time.monotonic() + SESSION_LIFETIME_S)
        self.logins_made += 1
        return token

    def live_session(self, token: str | None, touchpoint: str) -> Session | None:
        session = self.sessions.get(token) if token else None
        if session is None or session.touchpoint != touchpoint:
            return None
        if not session.live:
            self.sessions.pop(token or "", None)
            return None
        return session

    def live_session_of(self, principal: str, touchpoint: str) -> Session | None:
        """A live session of ``principal`` at ``touchpoint`` (the Basic-auth reading)."""
        for session in self.sessions.values():
            if (session.principal, session.touchpoint) == (principal, touchpoint) and session.live:
                return session
        return None

    def expire_sessions(self) -> int:
        """End every session now; returns how many were live."""
        live = sum(1 for s in self.sessions.values() if s.live)
        self.sessions.clear()
        return live

    def store_sale(self, record: dict[str, Any]) -> int:
        sale_id = self.next_sale_id
        self.next_sale_id += 1
        self.sales[sale_id] = record
        return sale_id


def _sku(
    code: str, name: str, sku_codes: dict[str, str], equivalence: str = "1", kind: int = 2
) -> PartnerSku:
    return PartnerSku(code, name, kind, Decimal(equivalence), sku_codes)


def _index(*skus: PartnerSku) -> dict[str, PartnerSku]:
    return {sku.code: sku for sku in skus}


def build_thalamus() -> ThalamusData:
    demo_skus = _index(
        _sku(
            "pa6_termo",
            "Termo PA6 1 L",
            {"EAN": "7790001000011", "SAP": "TH-PA6-TERMO"},
            "1.5",
            kind=1,
        ),
        _sku("pa6_cafe", "Café PA6 500 g", {"EAN": "7790001000028", "SAP": "TH-PA6-CAFE"}),
        _sku("pa6_mate", "Yerba PA6 1 kg", {"EAN": "7790001000035"}),
        _sku("pa6_taza", "Taza PA6 (caja x 6)", {"EAN": "7790001000042"}, "6", kind=1),
        _sku("pa6_filtro", "Filtro PA6 (paquete x 40)", {"SAP": "TH-PA6-FILTRO"}, kind=3),
        _sku("pa6_jarra", "Jarra PA6 1.2 L (cajas)", {"EAN": "7790001000059"}, kind=4),
    )
    north_skus = _index(
        _sku("np_termo", "North thermos 750 ml", {"EAN": "7790002000010"}),
        _sku("np_vaso", "North cup", {"EAN": "7790002000027"}),
    )
    legacy = {
        (key, code)
        for skus in (demo_skus, north_skus)
        for sku in skus.values()
        for key, code in sku.sku_codes.items()
    }
    legacy |= {("EAN", "7790009999990"), ("SAP", "TH-LEGACY-01")}  # no partner SKU maps them
    return ThalamusData(
        touchpoints={
            THALAMUS_TOUCHPOINT: THALAMUS_API_TOKEN,
            OTHER_TOUCHPOINT: OTHER_TOUCHPOINT_TOKEN,
            PASSWORDLESS_TOUCHPOINT: PASSWORDLESS_TOUCHPOINT_TOKEN,
        },
        passwordless=frozenset({PASSWORDLESS_TOUCHPOINT}),
        logins={
            login.principal: login
            for login in (
                Login(THALAMUS_PRINCIPAL, THALAMUS_PASSWORD, "partner"),
                Login(OTHER_PARTNER_PRINCIPAL, OTHER_PARTNER_PASSWORD, "partner"),
                Login(NON_PARTNER_PRINCIPAL, NON_PARTNER_PASSWORD, "consumer"),
            )
        },
        customers={
            "22222222": THALAMUS_PRINCIPAL,
            "22222223": THALAMUS_PRINCIPAL,
            "22222224": THALAMUS_PRINCIPAL,
            "27564734": THALAMUS_PRINCIPAL,
            "33333333": OTHER_PARTNER_PRINCIPAL,
            "33333334": OTHER_PARTNER_PRINCIPAL,
        },
        partner_skus={THALAMUS_PRINCIPAL: demo_skus, OTHER_PARTNER_PRINCIPAL: north_skus},
        legacy_skus=legacy,
        vendors={101: "Distribuidora Norte", 102: "Mayorista Sur", 103: "Tienda Centro"},
    )
