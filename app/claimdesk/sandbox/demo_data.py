"""Fresh demo data for the sandbox.

Dates are relative to today so the demo keeps working in any year; the records copied from the
seeds keep the seeds' own values (so p1, p2 and p3 may be out of their window today, as in the
seed).
"""

from datetime import UTC, date, datetime, time, timedelta

from .myrewards_models import (
    DataField,
    FieldType,
    MyRewardsData,
    Promotion,
    RewardPoint,
    User,
    timestamp,
)

MYREWARDS_USERS = (
    User(170944, "demo.rep", "demo.rep@example.com", 350),
    User(1002, "alice.smith", "alice.smith@example.com", 350),
    User(1003, "bob.jones", "bob.jones@example.com", 355),
    User(1004, "carol.white", "carol.white@example.com", 360),
    User(1005, "dan.patel", "dan.patel@example.com", 355),
)

# Promotion 36, "Autumn Boiler Bonus": references BOIL-100.. in this order.
_BOILER_PRODUCTS = (
    "Combi boiler 24 kW",
    "Combi boiler 28 kW",
    "Combi boiler 32 kW",
    "Combi boiler 35 kW",
    "System boiler 18 kW",
    "System boiler 24 kW",
    "System boiler 30 kW",
    "Heat-only boiler 15 kW",
    "Heat-only boiler 24 kW",
    "Heat-only boiler 30 kW",
    "Smart thermostat twin pack",
    "Wireless room thermostat",
    "Magnetic system filter 22 mm",
    "Magnetic system filter 28 mm",
    "Horizontal flue kit 60/100",
    "Vertical flue kit 80/125",
    "Unvented cylinder 150 L",
    "Unvented cylinder 210 L",
    "Unvented cylinder 300 L",
    "Weather compensation sensor",
    "Thermostatic radiator valve pair",
    "Plate heat exchanger",
    "Condensate pump",
    "Boiler stand-off frame",
    "Gas valve assembly",
    "Hydraulic separator",
    "Combi boiler 40 kW LPG",
    "Hydrogen-ready combi 30 kW",
    "Scale reducer 15 mm",
    "Boiler service kit",
)
BOILER_PAIR_REFERENCES = frozenset({"BOIL-110", "BOIL-120"})  # quantity 2
BOILER_INACTIVE_REFERENCE = "BOIL-130"
BOILER_EXPIRED_REFERENCE = "BOIL-131"  # window ended last year
BOILER_GROUP_355_REFERENCE = "BOIL-132"  # only for user group 355

_SHOWROOM_PRODUCTS = (
    "Air source heat pump 5 kW",
    "Air source heat pump 8 kW",
    "Air source heat pump 12 kW",
    "Electric shower 9.5 kW",
    "Mixer shower bar valve",
    "Underfloor heating kit 10 m2",
    "Towel radiator 500 mm",
    "Designer radiator 1800 mm",
    "Smart heating hub",
    "Hot water heat pump 200 L",
)

_CATALOGUE_ONLY_PRODUCTS = {
    "ACC-900": "Central heating inhibitor 1 L",
    "ACC-901": "Power flush chemical 1 L",
    "ACC-902": "Gas leak detection spray",
    "ACC-903": "Flue analyser calibration",
    "ACC-904": "Pipe insulation 15 mm (2 m)",
}

# The six data fields of promotion 36, exactly as in seeds/myrewards-claims.md.
_PROMOTION_36_FIELDS = (
    DataField(468, 36, "customer_name", "Customer name", False, "list_values",
              "Bob\r\nHarry\r\nSuzy", "2018-01-10T08:50:50.000+00:00",
              "2018-01-26T12:51:15.000+00:00", 0),
    DataField(464, 36, "invoice_date", "Invoice date", True, "date", "",
              "2018-01-10T08:43:59.000+00:00", "2018-01-10T08:51:04.000+00:00", 1),
    DataField(465, 36, "product_or_activity_ref", "Product or Activity Ref", True, "free_text",
              None, "2018-01-10T08:43:59.000+00:00", "2018-01-10T08:43:59.000+00:00", 2),
    DataField(466, 36, "quantity", "Quantity", True, "numeric", None,
              "2018-01-10T08:43:59.000+00:00", "2018-01-10T08:43:59.000+00:00", 3),
    DataField(567, 36, "value_of_sale", "Value of sale", True, "numeric", "",
              "2018-01-26T12:52:48.000+00:00", "2018-02-07T15:03:41.000+00:00", 4),
    DataField(467, 36, "username", "Username", True, "free_text", None,
              "2018-01-10T08:43:59.000+00:00", "2018-01-10T08:43:59.000+00:00", 5),
)  # fmt: skip

FIRST_NEW_REWARD_POINT_ID = 10000
FIRST_CLAIM_ID = 48992  # the id of the docs' example claim


def _at(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=UTC)


def _seed_reward_points() -> list[RewardPoint]:
    """p1, p2 and p3 of promotion 4, exactly as in seeds/myrewards-reward-points.md."""
    rows: tuple[tuple[int, str, str, str, str, list[int], str], ...] = (
        (166, "product 1", "p1", "2013-02-01", "2022-12-31", [350, 355],
         "2017-06-27T10:58:31.000+01:00"),
        (6345, "product 2", "p2", "2016-12-18", "2026-11-19", [],
         "2021-07-25T15:12:58.000+01:00"),
        (6346, "product 3", "p3", "2016-12-18", "2026-11-19", [],
         "2021-07-25T15:13:37.000+01:00"),
    )  # fmt: skip
    return [
        RewardPoint(
            id=rp_id,
            promotion_id=4,
            name=name,
            reference=reference,
            active=True,
            quantity=1,
            points_per_quantity=1,
            sale_date_from=date.fromisoformat(date_from),
            sale_date_to=date.fromisoformat(date_to),
            user_groups=groups,
            created_at=datetime.fromisoformat(created),
            updated_at=datetime.fromisoformat(created),
        )
        for rp_id, name, reference, date_from, date_to, groups, created in rows
    ]


def _installer_loyalty_points(today: date) -> list[RewardPoint]:
    """p4..p260 of promotion 4: enough for three pages, with every kind of non-match."""
    last_year = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    points = []
    for n in range(4, 261):
        window = (today - timedelta(days=365), today + timedelta(days=365))
        if n % 15 == 0:
            window = last_year
        elif n % 25 == 0:
            window = (today + timedelta(days=30), today + timedelta(days=365))  # not yet open
        created = _at(today - timedelta(days=400 - n))
        points.append(
            RewardPoint(
                id=6343 + n,
                promotion_id=4,
                name=f"product {n}",
                reference=f"p{n}",
                active=n % 10 != 0,
                quantity=3 if n % 9 == 0 else 1,
                points_per_quantity=1 + n % 10,
                sale_date_from=window[0],
                sale_date_to=window[1],
                user_groups=[350, 355] if n % 7 == 0 else [],
                created_at=created,
                updated_at=created,
            )
        )
    return points


TRADE_COUNTER_SIZE = 5_250  # 53 pages of 100: paging that is real for the admin screen
_TRADE_KINDS = ("Copper elbow", "Brass valve", "Push-fit tee", "Radiator bracket", "Flue seal")


def _trade_counter_points(today: date) -> list[RewardPoint]:
    """Promotion 52: a catalogue of 5,250 reward points, ids 30000 up."""
    created = _at(today - timedelta(days=180))
    window = (today - timedelta(days=180), today + timedelta(days=545))
    return [
        RewardPoint(
            id=30_000 + n,
            promotion_id=52,
            name=f"{_TRADE_KINDS[n % len(_TRADE_KINDS)]} {8 + n % 47} mm",
            reference=f"TC-{n:05d}",
            active=n % 17 != 0,
            quantity=1 + n % 4,
            points_per_quantity=1 + (n * 7) % 40,
            sale_date_from=window[0],
            sale_date_to=window[1],
            user_groups=[350] if n % 11 == 0 else [],
            created_at=created,
            updated_at=created,
        )
        for n in range(TRADE_COUNTER_SIZE)
    ]


def _boiler_points(today: date) -> list[RewardPoint]:
    created = _at(today - timedelta(days=365))
    open_window = (today - timedelta(days=365), today + timedelta(days=365))
    rows: list[tuple[str, str, bool, tuple[date, date], list[int]]] = []
    for offset, name in enumerate(_BOILER_PRODUCTS):
        rows.append((f"BOIL-{100 + offset}", name, True, open_window, []))
    last_year = (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    rows += [
        (BOILER_INACTIVE_REFERENCE, "Oil combi boiler 26 kW", False, open_window, []),
        (BOILER_EXPIRED_REFERENCE, "Back boiler conversion kit", True, last_year, []),
        (BOILER_GROUP_355_REFERENCE, "Commercial boiler 45 kW", True, open_window, [355]),
    ]
    return [
        RewardPoint(
            id=7000 + index,
            promotion_id=36,
            name=name,
            reference=reference,
            active=active,
            quantity=2 if reference in BOILER_PAIR_REFERENCES else 1,
            points_per_quantity=5 + (index * 7) % 46,
            sale_date_from=window[0],
            sale_date_to=window[1],
            user_groups=groups,
            created_at=created,
            updated_at=created,
        )
        for index, (reference, name, active, window, groups) in enumerate(rows)
    ]


def _simple_points(
    promotion_id: int,
    first_id: int,
    prefix: str,
    first_number: int,
    names: tuple[str, ...],
    window: tuple[date, date],
    created: datetime,
) -> list[RewardPoint]:
    return [
        RewardPoint(
            id=first_id + index,
            promotion_id=promotion_id,
            name=name,
            reference=f"{prefix}{first_number + index}",
            active=index != len(names) - 1,  # the last one is inactive
            quantity=1,
            points_per_quantity=10 + index * 5,
            sale_date_from=window[0],
            sale_date_to=window[1],
            user_groups=[],
            created_at=created,
            updated_at=created,
        )
        for index, name in enumerate(names)
    ]


def _data_field(
    field_id: int,
    promotion_id: int,
    name: str,
    label: str,
    mandatory: bool,
    field_type: FieldType,
    answers: str | None,
    created: str,
    position: int,
) -> DataField:
    return DataField(
        field_id, promotion_id, name, label, mandatory, field_type, answers, created, created,
        position,
    )  # fmt: skip


def build_myrewards(today: date | None = None) -> MyRewardsData:
    """Demo data of the MyRewards emulation, relative to `today` (default: the real today)."""
    today = today or date.today()
    days = timedelta
    last_year = today.year - 1
    promotions = [
        Promotion(4, "Installer Loyalty", date(2013, 2, 1), today + days(365),
                  today + days(395), "active", "self_claim", False, 10_000_000),
        Promotion(7, "Summer Heat Pump Drive", date(last_year, 6, 1), date(last_year, 8, 31),
                  date(last_year, 9, 30), "archived", "data_upload", False, 20_000),
        Promotion(12, "Spring Showroom Push", today - days(90), today + days(90),
                  today + days(120), "active", "data_upload", True, 500),
        Promotion(15, "Winter Warm-up", today + days(30), today + days(120),
                  today + days(150), "not_active", "allocated_claims", False, 50_000),
        Promotion(52, "Trade Counter Catalogue", today - days(180), today + days(545),
                  today + days(575), "active", "self_claim", False, 100_000_000),
        Promotion(36, "Autumn Boiler Bonus", today - days(365), today + days(365),
                  today + days(395), "active", "data_upload", False, 10_000_000),
    ]  # fmt: skip

    recent = timestamp(_at(today - days(90)))
    data_fields = {
        4: [
            _data_field(470, 4, "invoice_number", "Invoice number", False, "free_text", None,
                        "2017-06-27T10:50:00.000+01:00", 0),
        ],
        7: [
            _data_field(880, 7, "installer_id", "Installer ID", False, "free_text", None,
                        timestamp(_at(date(last_year, 5, 20))), 0),
        ],
        12: [
            _data_field(901, 12, "store_code", "Store code", True, "free_text", None, recent, 0),
            _data_field(902, 12, "channel", "Sales channel", False, "list_values",
                        "Online\r\nIn store\r\nPhone", recent, 1),
        ],
        15: [],
        52: [],
        36: list(_PROMOTION_36_FIELDS),
    }  # fmt: skip

    reward_points = [
        *_seed_reward_points(),
        *_installer_loyalty_points(today),
        *_boiler_points(today),
        *_trade_counter_points(today),
        *_simple_points(
            12,
            7100,
            "SHOW-",
            200,
            _SHOWROOM_PRODUCTS,
            (today - days(90), today + days(90)),
            _at(today - days(90)),
        ),
        *_simple_points(
            7,
            7200,
            "HP-",
            300,
            ("Heat pump 6 kW", "Heat pump 9 kW", "Heat pump buffer tank 50 L"),
            (date(last_year, 6, 1), date(last_year, 8, 31)),
            _at(date(last_year, 5, 20)),
        ),
        *_simple_points(
            15,
            7300,
            "WARM-",
            400,
            ("Radiator reflector foil", "Draught excluder kit"),
            (today + days(30), today + days(120)),
            _at(today - days(10)),
        ),
    ]
    products = dict(_CATALOGUE_ONLY_PRODUCTS)
    products.update({rp.reference: rp.name for rp in reward_points})
    return MyRewardsData(
        promotions={promotion.id: promotion for promotion in promotions},
        data_fields=data_fields,
        reward_points={rp.id: rp for rp in reward_points},
        users=list(MYREWARDS_USERS),
        products=products,
        next_reward_point_id=FIRST_NEW_REWARD_POINT_ID,
        next_claim_id=FIRST_CLAIM_ID,
    )
