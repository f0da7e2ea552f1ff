"""`python -m bot`: the command line."""

from bot.entry import main

raise SystemExit(main())
