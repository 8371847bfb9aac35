"""Welcome Desk: the Maison Internationale's desk for incoming international newcomers."""

import time

__version__ = "0.1.0"

# When the program started (its first import): the start-up time counts Python's imports too.
STARTED = time.perf_counter()
