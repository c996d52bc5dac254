"""The executed briefing as a page: HTML with nbconvert (no code) inside the page shell, PDF with WeasyPrint."""
from __future__ import annotations

import html
import logging
import os
import time
from pathlib import Path

from .. import __version__, config

HIDDEN_TAGS = {"parameters", "injected-parameters"}


def notebook_body(notebook: Path) -> str:
    """The notebook's outputs and prose as HTML, without code, prompts, parameters or stderr."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(notebook), as_version=4)
    nb.cells = [c for c in nb.cells if not HIDDEN_TAGS & set(c.get("metadata", {}).get("tags", []))]
    for cell in nb.cells:  # warnings on stderr are for the executed notebook, not for readers
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not (o.output_type == "stream" and o.get("name") == "stderr")]
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, exclude_raw=True)
    return exporter.from_notebook_node(nb)[0]


def render_html(notebook: Path, *, title: str) -> str:
    """One self-contained page: no script, nothing loaded from outside the file."""
    css = (config.TEMPLATE_DIR / "briefing.css").read_text(encoding="utf-8")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'; font-src data:\">\n"
        f"<title>{html.escape(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n"
        f"<main class=\"briefing\">\n{notebook_body(notebook)}\n</main>\n"
        f"<footer class=\"build-stamp\">Built {html.escape(build_stamp())} by briefing {__version__}.</footer>\n"
        "</body>\n</html>\n"
    )


def render_pdf(html_text: str, target: Path) -> None:
    """The PDF from the same HTML, with the stylesheet's print rules (A4); only data: URIs are read."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    fetcher = URLFetcher(allowed_protocols={"data"})
    HTML(string=html_text, base_url=str(config.TEMPLATE_DIR), url_fetcher=fetcher).write_pdf(str(target))


def build_stamp() -> str:
    """The one part of the HTML that changes between identical builds; SOURCE_DATE_EPOCH fixes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(int(epoch)) if epoch else time.gmtime())
