"""The frozen program's entry point: the same ``main`` as the ``claimdesk`` command."""

from claimdesk.__main__ import main

raise SystemExit(main())
