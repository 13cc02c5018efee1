"""Switching the shared test sandbox to one documented reading (see sandbox/variants.py).

The `sandbox` fixture's reset restores the start's variants (none), so a test's switch ends
with the test.
"""

import requests


def use_variants(base_url: str, *names: str) -> None:
    """Make the sandbox at `base_url` follow exactly the variants `names`."""
    response = requests.put(
        f"{base_url}/_sandbox/variants", json={"variants": list(names)}, timeout=5
    )
    response.raise_for_status()
