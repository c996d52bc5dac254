import logging
import os
import sys

from .cli import main

code = main()
# After a successful command every output is written and closed, and no worker process is
# left: leave without the interpreter's teardown of the ~2,000 modules a build imports
# (pandas, Jupyter, WeasyPrint), 0.4 s with nothing to save.  Any other ending takes the
# ordinary exit, whose clean-up stops what an interrupted command left running.
mp = sys.modules.get("multiprocessing")
if code == 0 and not (mp is not None and mp.active_children()):
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can reach it
            pass
    os._exit(0)
sys.exit(code)
