"""Run a notebook with papermill, one fresh kernel each, and name the cell that failed."""
from __future__ import annotations

import json
import logging
import shutil
import sys
from pathlib import Path
from typing import Optional, Sequence

from .. import config
from ..errors import BuildError
from ..io import write_text

BRIEFING = "briefing.ipynb"
KERNEL = "python3"
# ipykernel logs a warning about TCP at every start; a failing cell is reported from the notebook.
QUIET_KERNEL = ["--IPKernelApp.log_level=CRITICAL"]


class NotebookFailed(BuildError):
    def __init__(self, name: str, executed: Path, cell: Optional[int], reason: str) -> None:
        reason = reason.strip().splitlines()[0] if reason.strip() else "no message"
        super().__init__(f"notebooks/{name}: failed at {f'cell {cell}' if cell else 'start-up'} ({reason})")
        self.name, self.executed = name, executed

    def kept_in(self, failed_dir: Path, out_dir: Path) -> BuildError:
        """Keep the executed notebook in ``failed_dir`` (replacing an earlier failure); the error to raise."""
        shutil.rmtree(failed_dir, ignore_errors=True)
        where = "no executed notebook was written"
        if self.executed.is_file():
            failed_dir.mkdir(parents=True)
            shutil.copy2(self.executed, failed_dir / self.name)
            where = f"the executed notebook is kept in {failed_dir / self.name}"
        return BuildError(f"{self}; {where}; {out_dir} was left as it was")


def exploration_notebooks(notebook_dir: Path = config.NOTEBOOKS_DIR) -> list[str]:
    """``01_corpus.ipynb`` ... : the notebooks that ``build --notebooks all`` runs besides the briefing."""
    return sorted(p.name for p in Path(notebook_dir).glob("[0-9][0-9]_*.ipynb"))


def skip_slow_format_checker() -> None:
    """Keep jsonschema (imported by nbformat) from importing ``rfc3987_syntax``, which compiles
    about 35 Earley grammars at import for the ``iri`` format that no notebook schema uses
    (python-jsonschema/jsonschema#1428).  Measured here with ``python -X importtime -c "import
    papermill"``: 4.4 to 6.0 s with it, 0.9 to 1.6 s without, on a build of 7 to 10 s."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # None reads as "not installed"


def run_notebook(source: Path, target: Path, parameters: dict) -> None:
    """Execute ``source`` with ``parameters`` into ``target``, in a new kernel started in the project root."""
    skip_slow_format_checker()
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    logging.getLogger("papermill").addHandler(logging.NullHandler())  # failures are reported once, below
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        pm.execute_notebook(str(source), str(target), parameters=parameters, kernel_name=KERNEL,
                            cwd=str(config.PROJECT_ROOT), progress_bar=False, request_save_on_cell_execute=False,
                            extra_arguments=QUIET_KERNEL)
    except PapermillExecutionError as exc:
        raise NotebookFailed(source.name, target, _source_cell_number(target, exc.cell_index),
                             f"{exc.ename}: {exc.evalue}") from None
    except Exception as exc:  # no such kernel, a kernel that died, a notebook that is not JSON...
        raise NotebookFailed(source.name, target, None, f"{type(exc).__name__}: {exc}") from None


def _source_cell_number(executed: Path, cell_index: int) -> int:
    """1-based position of the failing cell in the notebook as stored (papermill adds a cell)."""
    try:
        cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
        injected = [i for i, c in enumerate(cells) if "injected-parameters" in c.get("metadata", {}).get("tags", [])]
    except (OSError, ValueError, KeyError):
        injected = []
    return cell_index + 1 - sum(1 for i in injected if i < cell_index)


def notebook_keys(cache, names: Sequence[str], notebook_dir: Path, corpus_dir: Path, themes: Path,
                  parameters: dict) -> dict[str, str]:
    """Cache keys of the notebooks (:func:`analysis.cache.notebook_key`); empty without a cache."""
    if cache is None:
        return {}
    from ..cache import corpus_digest, kernel_identity, notebook_key

    try:
        corpus = corpus_digest(corpus_dir)
    except OSError:  # the extraction reports the unreadable corpus
        return {}
    kernel = kernel_identity(KERNEL)
    return {name: notebook_key(Path(notebook_dir) / name, corpus=corpus, themes=themes, parameters=parameters,
                               kernel=kernel) for name in names if (Path(notebook_dir) / name).is_file()}


def point_at(executed: Path, staging: Path, out_dir: Path) -> None:
    """Point an executed notebook's parameters at ``out_dir``, which the staging folder becomes,
    so that the kept notebook can be run again from where it lies."""
    text = executed.read_text(encoding="utf-8")
    for old, new in ((str(staging), str(out_dir)), (json.dumps(str(staging))[1:-1], json.dumps(str(out_dir))[1:-1])):
        text = text.replace(old, new)
    write_text(executed, text)
