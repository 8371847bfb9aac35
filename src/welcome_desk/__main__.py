from welcome_desk.cli.main import main

raise SystemExit(main())
