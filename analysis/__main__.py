import logging
import os
import sys

from .cli import main

code = main()
# Every output is written and closed by now.  Leave without the interpreter's teardown of
# the ~2,000 modules a build imports (pandas, Jupyter, WeasyPrint): 0.4 s with nothing to save.
logging.shutdown()
for stream in (sys.stdout, sys.stderr):
    try:
        stream.flush()
    except (OSError, ValueError):  # a closed pipe: nothing more can reach it
        pass
os._exit(code if isinstance(code, int) else 0)
