"""Fixed, public demo credentials of the sandbox (training data only, see DESIGN.md).

Plain constants with no imports, so the desktop app can show them without loading the server.
"""

MYREWARDS_API_KEY = "demo-key"
MYREWARDS_SECRET_KEY = "demo-secret"
MYREWARDS_AUTHORIZATION = f"Token token={MYREWARDS_API_KEY}:{MYREWARDS_SECRET_KEY}"

CLARET_TENANT = "demo"
CLARET_TOKEN = "demo-claret-token"  # fixed; tokens/create makes others from these two:
CLARET_EMAIL = "demo@claret.example"
CLARET_PASSWORD = "demo-claret-password"

PEAK_TOKEN = "demo-peak-token"
PEAK_PREFIX = "QP_"
PEAK_SUFFIX = "_OOTB"
PEAK_SOLUTION_NAME = "QP_OOTB"

THALAMUS_TOUCHPOINT = "DESKTOP"
THALAMUS_API_TOKEN = "demo-thalamus-token"
THALAMUS_PRINCIPAL = "demo-partner"
THALAMUS_PASSWORD = "demo-password"

# Training mode's connection profile of each platform: (settings, secrets), by the names of
# the settings its profile asks for (claimdesk.service.platforms). Opened like a saved one.
TRAINING_PROFILES: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "myrewards": ({"api_key": MYREWARDS_API_KEY}, {"secret_key": MYREWARDS_SECRET_KEY}),
    "claret": ({"tenant": CLARET_TENANT}, {"token": CLARET_TOKEN}),
    "peak": (
        {"solution": PEAK_SOLUTION_NAME, "prefix": PEAK_PREFIX, "suffix": PEAK_SUFFIX},
        {"token": PEAK_TOKEN},
    ),
    "thalamus": (
        {"touchpoint": THALAMUS_TOUCHPOINT, "user": THALAMUS_PRINCIPAL},
        {"password": THALAMUS_PASSWORD, "api_token": THALAMUS_API_TOKEN},
    ),
}
