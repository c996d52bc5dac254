"""The bench's briefing corpora: the copies that make 1,000 articles are distinct articles (not
skipped as duplicates, other ids, later dates), the smaller ones are the first articles by name, and
each row says where it stands against the targets.  Nothing here times anything."""
from __future__ import annotations

import csv

from analysis import bench, config
from analysis.cli import build_parser
from analysis.corpus import load_corpus


def small_source(root):
    """Three made-up articles and their manifest (no text from the shared benchmarks)."""
    root.mkdir()
    texts = {"a.txt": "Alpha headline.\n\nOfficials said on Monday that 5,000 workers had arrived.\n",
             "b.txt": "Beta headline\n\nThe minister said the plan would cost $2 billion.\n",
             "c.txt": "Gamma headline\n\nNo date here; the mayor said little.\n"}
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
    with (root / config.MANIFEST_NAME).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "title", "author", "outlet", "published"])
        w.writerow(["a.txt", "Alpha, with a comma", "A. Writer", "Outlet A", "2016-09-12"])
        w.writerow(["b.txt", "Beta", "", "Outlet B", "2016-10"])
        w.writerow(["c.txt", "Gamma", "", "", ""])
    return root


def manifest(folder):
    with (folder / config.MANIFEST_NAME).open(encoding="utf-8", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}


def test_distinct_copies_are_all_read_as_different_articles(tmp_path):
    folder = bench.distinct_copies(small_source(tmp_path / "src"), 8, tmp_path / "copies")
    corpus = load_corpus(folder)
    assert len(corpus.articles) == 8 and corpus.skips == []
    assert len({a.article_id for a in corpus.articles}) == 8
    assert len({a.text for a in corpus.articles}) == 8


def test_each_copy_has_its_own_first_line_title_and_a_later_date(tmp_path):
    folder = bench.distinct_copies(small_source(tmp_path / "src"), 7, tmp_path / "copies")
    rows = manifest(folder)
    assert sorted(rows) == ["c0_a.txt", "c0_b.txt", "c0_c.txt", "c1_a.txt", "c1_b.txt", "c1_c.txt", "c2_a.txt"]
    assert (folder / "c0_a.txt").read_text(encoding="utf-8") == (tmp_path / "src" / "a.txt").read_text(encoding="utf-8")
    assert (folder / "c2_a.txt").read_text(encoding="utf-8").splitlines()[0] == "Alpha headline. (copy 2)"
    assert rows["c0_a.txt"]["title"] == "Alpha, with a comma" and rows["c0_a.txt"]["published"] == "2016-09-12"
    assert rows["c1_a.txt"]["title"] == "Alpha, with a comma (copy 1)"
    assert rows["c1_a.txt"]["published"] == "2016-12-12"  # 91 days later
    assert rows["c2_a.txt"]["published"] == "2017-03-13"
    assert rows["c1_b.txt"]["published"] == "2016-10"  # a month only: left as it was
    assert rows["c1_c.txt"]["published"] == "" and rows["c1_a.txt"]["author"] == "A. Writer"


def test_first_articles_are_the_first_by_name_with_their_manifest_rows(tmp_path):
    folder = bench.first_articles(small_source(tmp_path / "src"), 2, tmp_path / "first2")
    assert sorted(p.name for p in folder.glob("*.txt")) == ["a.txt", "b.txt"]
    assert sorted(manifest(folder)) == ["a.txt", "b.txt"]
    assert len(load_corpus(folder).articles) == 2


def test_a_row_marks_each_figure_against_its_target():
    small = {"articles": 50, "label": "x", "extract_s": 2.0, "build_s": 90.0, "peak": 3 * 2**30,
             "pdf_pages": 41, "html_bytes": 1_000_000}
    text = bench.format_briefing(small)
    assert "PDF  41 p [OVER <= 40]" in text and "HTML  1.00 MB [ok <= 3 MB]" in text
    assert "60 s" not in text and "2 GiB" not in text  # time and memory targets are for 1,000 articles
    large = dict(small, articles=1000, build_s=59.0, pdf_pages=None, html_bytes=4_000_000)
    text = bench.format_briefing(large)
    assert "[ok <= 60 s]" in text and "[OVER <= 2 GiB]" in text and "PDF -" in text and "[OVER <= 3 MB]" in text


def test_the_briefing_part_and_the_quick_option_are_on_the_command_line():
    args = build_parser().parse_args(["bench", "--only", "briefing", "--skip-1000"])
    assert args.skip_1000 and "briefing" in bench.SECTIONS
    assert [int(s) for s in args.briefing_sizes.split(",")] == list(bench.BRIEFING_SIZES)


def test_stage_times_runs_the_stages_extract_article_runs(tmp_path, monkeypatch):
    import analysis.figures.claimed as claimed
    import analysis.figures.pronoun_sources as pronoun_sources
    import analysis.quote_claims as quote_claims
    from analysis.bench import stage_times

    (tmp_path / "a.txt").write_text("Trade rose 5% in 2023, Peskov said on Monday.\n", encoding="utf-8")
    called = []
    for module, name in ((quote_claims, "claim_speakers"), (claimed, "attribute_figures"),
                         (pronoun_sources, "resolve_pronoun_sources")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _real=real, _name=name, **kw: called.append(_name) or _real(*a, **kw))
    times = stage_times(tmp_path)
    assert sorted(called) == ["attribute_figures", "claim_speakers", "resolve_pronoun_sources"]
    assert set(times) == {"load", "sentences", "quotes", "claims", "figures", "dates"}
