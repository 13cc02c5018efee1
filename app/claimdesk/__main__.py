"""``claimdesk`` and ``python -m claimdesk``."""

import time

_STARTED = time.perf_counter()


def main() -> int:
    from claimdesk.cli import main as cli_main

    return cli_main(started=_STARTED)


if __name__ == "__main__":
    raise SystemExit(main())
