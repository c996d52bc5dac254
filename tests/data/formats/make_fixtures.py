"""Make the binary fixtures of tests/data/formats (PDF, scanned PDF, Word) from the texts below.

The committed files are what the tests read; run this script again only to change them:

    .venv/bin/python tests/data/formats/make_fixtures.py

The PDF is typeset by WeasyPrint from HTML, so it has a real text layer: two pages with a
running head and a page number in the margins, words hyphenated at line ends by the
typesetter (``hyphens: auto``) and one forced break ("ammu-" / "nition").  The scanned PDF
is a picture of a page of text, with no text layer.  All texts are written for these tests.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent

RUNNING_HEAD = "Asia Security Monitor · Rail, labour and arms"

PDF_PARAGRAPHS = [
    "North Korea and Russia have spent the past year rebuilding the practical links that the pandemic "
    "had cut. Freight trains again cross the Tumen River bridge, and officials on both sides describe "
    "the traffic as the busiest in a decade.",
    "The cargo lists published by the Russian railways are short on detail. Analysts who follow the "
    "border trade say the wagons carry fuel, flour and fertiliser northbound, and that the "
    "returning trains are rarely weighed in public. Western governments suspect that some of them "
    "carry artillery shells and rockets, an accusation both capitals deny.",
    "Labour is the second strand. Before the sanctions of 2017 some 30,000 North Korean workers were "
    "employed in the Russian Far East, mostly on building sites. Seoul's intelligence service now "
    "believes that several thousand have returned under student or trainee visas, a figure that cannot "
    "be checked independently.",
    "The third strand is the one that worries Washington most. If the trains carry ammu-<br>nition "
    "in large quantities, the North gains hard currency and battlefield data, while Moscow gains a "
    "supplier that no sanction can easily reach. Officials in Tokyo and Seoul have asked for closer "
    "monitoring of the port of Rajin, where ships can load away from the railway's inspectors.",
    "None of this amounts to an alliance in the formal sense. The treaty signed in Pyongyang promises "
    "mutual assistance, but its wording leaves each side room to decide what assistance means. "
    "Diplomats in Beijing, whose trade with the North still dwarfs Russia's, watch the rapprochement "
    "with visible reserve.",
    "What follows depends on the war in Ukraine. A ceasefire would reduce Moscow's appetite for shells "
    "and its tolerance for the costs of the partnership; a long war would make the railway across the "
    "Tumen one of the most watched pieces of infrastructure in Northeast Asia.",
]

PDF_HTML = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Rail, labour and arms: the North Korea-Russia partnership</title>
<meta name="author" content="Mira Castellano">
<meta name="dcterms.created" content="2024-07-02T09:00:00+00:00">
<style>
  @page {{ size: A5; margin: 22mm 18mm 20mm 18mm;
    @top-center {{ content: "{RUNNING_HEAD}"; font-size: 8pt; }}
    @bottom-center {{ content: counter(page); font-size: 8pt; }} }}
  body {{ font-family: serif; font-size: 11pt; line-height: 1.35; hyphens: auto; text-align: justify; }}
  h1 {{ font-size: 15pt; hyphens: manual; text-align: left; }}
  p {{ margin: 0 0 0.8em 0; }}
</style></head><body>
<h1>Rail, labour and arms: the North Korea-Russia partnership</h1>
<p>By Mira Castellano</p>
{''.join(f'<p>{p}</p>' for p in PDF_PARAGRAPHS)}
</body></html>"""

DOCX_PARAGRAPHS = [
    "Russia and North Korea agreed in June to restore a direct road bridge across the Tumen River, "
    "the first fixed road link between the two countries.",
    "Officials said the bridge would open to lorries within two years. Trade across the border fell "
    "to almost nothing during the pandemic and has recovered only in part.",
    "Seoul's unification ministry said it was \"watching closely\" whether the project breached United "
    "Nations sanctions on transfers of equipment to the North.",
]


def make_pdf() -> None:
    from weasyprint import HTML

    HTML(string=PDF_HTML).write_pdf(HERE / "nk_russia_brief.pdf")
    (HERE / "nk_russia_brief.source.txt").write_text("\n\n".join(
        p.replace("-<br>", "") for p in PDF_PARAGRAPHS) + "\n", encoding="utf-8")


def make_scanned_pdf() -> None:
    from PIL import Image, ImageDraw

    page = Image.new("L", (620, 877), 255)
    draw = ImageDraw.Draw(page)
    for row, line in enumerate(["North Korea and Russia: a scanned page", "",
                                "This page is a picture of text, as a scanner makes it."]):
        draw.text((40, 60 + 24 * row), line, fill=0)
    page.save(HERE / "scanned_page.pdf", "PDF", resolution=72.0)


def make_docx() -> None:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.title = "Russia and North Korea to build a road bridge"
    props.author = "Daniel Okafor"
    props.created = dt.datetime(2024, 6, 20, 8, 30)
    props.modified = dt.datetime(2024, 6, 20, 8, 30)
    props.last_modified_by = "Daniel Okafor"
    document.add_heading("Russia and North Korea to build a road bridge", level=1)
    for text in DOCX_PARAGRAPHS:
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Year", (0, 1): "Trade (USD m)", (1, 0): "2019", (1, 1): "48"}.items():
        table.cell(r, c).text = text
    document.add_paragraph("")  # an empty paragraph is dropped, not kept as a blank line
    document.save(HERE / "nk_russia_memo.docx")


if __name__ == "__main__":
    make_pdf()
    make_scanned_pdf()
    make_docx()
    print("wrote", ", ".join(p.name for p in sorted(HERE.glob("*.pdf")) + sorted(HERE.glob("*.docx"))))
