"""Rendering article records for people (text, markdown) and programs (json, jsonl).

Pure functions build strings (used for stdout and for the ``<name>.md`` files); the
`StdoutRenderer` streams them: jsonl is flushed after every article, json is one
document written at the end (one object for a single file or stdin, an array
otherwise). Text on a terminal is styled with rich (imported only then, and it honours
``NO_COLOR``); piped, it is plain text without escape codes. stdout carries results
only — errors and warnings are the caller's to put on stderr.
"""

from __future__ import annotations

import json
import re
from typing import IO, Any

from newsbrief.progress import one_line
from newsbrief.record import Article
from summarise.tables import TABLE_MIN_ROWS, is_caption, is_row, row_cells

FORMATS = ("text", "markdown", "json", "jsonl")


# --- plain strings --------------------------------------------------------------------------


def _title(article: Article, command: str) -> str | None:
    if command == "normalise":
        return article.title
    return article.title_en or article.title


def _language_line(article: Article) -> str:
    line = f"Language: {article.language}"
    if article.language != "und" or article.language_confidence:
        line += f" ({article.language_confidence:.2f})"
    return line


def _byline_line(article: Article) -> str:
    """Who wrote the article and when, under its title for every command ("Moira Feltham · 2026-05-08"): a summary
    names them as the JSON record does (the byline is the page's, in its own script, not translated)."""
    return one_line(" · ".join(filter(None, [article.byline, article.published])))


def _source_label(article: Article) -> str:
    return "standard input" if article.source == "-" else one_line(article.source)


def _footer(article: Article) -> str:
    """The last line of a text rendering: which file, which language, which models.

    The source comes first: an article without a title otherwise printed only "Key Takeaways", and in a
    folder run nothing said which file the takeaways came from.
    """
    return " · ".join(filter(None, [f"Source: {_source_label(article)}", _language_line(article),
                                    describe_models(article)]))


def describe_models(article: Article) -> str:
    """One line naming the models used, e.g. 'translation: opus-mt-nl-en (ctranslate2, cpu); summariser: extractive'."""
    parts = []
    translation = article.models.get("translation")
    if isinstance(translation, dict):
        if translation.get("identity"):
            parts.append("translation: none (English source)")
        else:
            how = ", ".join(str(translation[k]) for k in ("engine", "device", "compute_type") if translation.get(k))
            parts.append(f"translation: {translation.get('name', translation.get('source', '?'))}"
                         + (f" ({how})" if how else ""))
    summariser = article.models.get("summariser")
    if isinstance(summariser, dict):
        parts.append(f"summariser: {summariser.get('name', summariser.get('kind', '?'))}")
    return "; ".join(parts)


def _evidence_lines(article: Article, evidence: list[int]) -> list[str]:
    """The sentences a bullet rests on: original language, plus English when translated."""
    lines = []
    for index in evidence:
        if not 0 <= index < len(article.sentences):
            continue
        sentence = article.sentences[index]
        lines.append(f"[{index}] {sentence.src}")
        if sentence.en and sentence.en != sentence.src:
            lines.append(f"    en: {sentence.en}")
    return lines


def render_text(article: Article, command: str, *, evidence: bool = False) -> str:
    """The article as plain text: what a person reads in a terminal or a pager."""
    if article.error:
        return one_line(f"{article.source}: error ({article.error['type']}): {article.error['message']}") + "\n"
    out: list[str] = []
    title = _title(article, command)
    if title:
        out += [title, ""]
    meta = _byline_line(article)
    if meta:
        out += [meta, ""]
    if command == "normalise":
        out += [article.text, ""]
        if article.source_takeaways:
            out += ["Source summary box (removed from the text):"]
            out += [f"  • {t}" for t in article.source_takeaways] + [""]
    elif command == "translate":
        out += [article.text_en or "", ""]
    else:
        out += ["Key Takeaways"]
        for bullet in article.takeaways:
            out.append(f"  • {bullet.text}")
            if evidence:
                out += [f"      {line}" for line in _evidence_lines(article, bullet.evidence)]
        if not article.takeaways:
            out.append("  (none)")
        out.append("")
    out.append(_footer(article))
    return "\n".join(out).rstrip("\n") + "\n"


def _md_escape_line(text: str) -> str:
    # a line starting with '#', '>', '-', '+', '*' or 'N.' would change meaning in markdown
    if text[:1] in "#>-+*" or (text[:1].isdigit() and ". " in text[:5]):
        return "\\" + text
    return text


def _md_inline(text: str) -> str:
    """`text` inside a markdown line: its emphasis and code marks escaped (a byline "*Staff*" or "jane_doe_smith" is
    a name, not emphasis)."""
    return re.sub(r"([\\`*_])", r"\\\1", text)


def _caption(paragraph: str) -> bool:
    """A table's caption above it (as summarise.tables reads one: a short line that does not end as a sentence does,
    "Riverside ward by-election result"), with no markdown emphasis of its own to clash with."""
    text = paragraph.strip()
    return ("\n" not in text and is_caption(text)
            and not any(ch in text for ch in "*_`|") and not text[:1] in "#>-+" and not text[:1].isdigit())


def _markdown_blocks(paragraphs: list[str]) -> list[str]:
    """The body's paragraphs as markdown blocks: a paragraph as it stands (escaped), and TABLE_MIN_ROWS or more table
    rows one after another (summarise.tables.is_row: the text keeps a table as one paragraph per row, for the
    summariser to tell rows from sentences) as one markdown table, its first row the header and a "|---|" rule under
    it, every row as many cells as the widest; with blank lines between the rows a markdown reader showed bar-text."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and "\n" not in paragraphs[j] and is_row(paragraphs[j]):
            j += 1
        if j - i < TABLE_MIN_ROWS:
            out.append(_md_escape_line(paragraphs[i]))
            i += 1
            continue
        rows = [row_cells(p) for p in paragraphs[i:j]]
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|" + "---|" * width)
        if out and i and _caption(paragraphs[i - 1]):
            out[-1] = f"*{paragraphs[i - 1].strip()}*"  # the table's caption, right above it, set apart as one
        out.append("\n".join(lines))
        i = j
    return out


def render_markdown(article: Article, command: str, *, evidence: bool = False) -> str:
    """The article as a markdown document (also the ``<name>.md`` file under ``-o``)."""
    if article.error:
        # a record that failed after its title was read (a missing model) is headed by that title, like the others
        heading = _title(article, command)
        source = f"Source: `{_source_label(article)}`\n\n" if heading else ""
        head = one_line(heading) if heading else _source_label(article)
        return (f"# {head}\n\n{source}**Error** ({article.error['type']}): "
                f"{one_line(article.error['message'])}\n")
    # an article without a title is headed by its source, as the footer names it: "standard input", not "-"
    title = _title(article, command) or _source_label(article)
    out = [f"# {title}", ""]
    # one_line: a file name may hold a newline or ESC; the text itself was cleaned when decoded
    meta = [f"Source: `{_source_label(article)}`", _language_line(article)]
    if who := _byline_line(article):  # every command: a summary names them too; a byline may hold "_" or "*"
        meta.append(_md_inline(who))
    out += [" · ".join(meta), ""]
    if command in ("normalise", "translate"):
        body = article.text if command == "normalise" else (article.text_en or "")
        for block in _markdown_blocks([para for para in body.split("\n\n") if para.strip()]):
            out += [block, ""]
        if command == "normalise" and article.source_takeaways:
            out += ["## Source summary box (removed from the text)", ""]
            out += [f"- {t}" for t in article.source_takeaways] + [""]
    else:
        out += ["## Key Takeaways", ""]
        for bullet in article.takeaways:
            out.append(f"- {bullet.text}")
            if evidence:
                for n, line in enumerate(_evidence_lines(article, bullet.evidence)):
                    # a blank quoted line between sentences keeps them apart when rendered
                    out += (["  >"] if n else []) + [f"  > {line.strip()}"]
        if not article.takeaways:
            out.append("*(no takeaways)*")
        out.append("")
    if article.warnings:
        out += ["## Warnings", ""] + [f"- {w}" for w in article.warnings] + [""]
    models = describe_models(article)
    if models:
        out += [f"*Models: {models}*", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_record(article: Article, *, indent: int | None = None) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


# --- streaming to stdout --------------------------------------------------------------------


class StdoutRenderer:
    """Writes each finished article to `stream` in `fmt`; call `close()` at the end.

    `single`: the run has exactly one input that is a file or stdin, so ``--format json``
    prints one object rather than an array.
    """

    def __init__(self, fmt: str, command: str, *, stream: IO[str], evidence: bool = False,
                 single: bool = False, tty: bool = False):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.fmt, self.command, self.stream = fmt, command, stream
        self.evidence, self.single, self.tty = evidence, single, tty
        self._records: list[dict[str, Any]] = []
        self._count = 0
        self._console = None

    def article(self, article: Article) -> None:
        """Emit one article (errors included in json/jsonl; text/markdown leave them to stderr)."""
        if self.fmt == "jsonl":
            self.stream.write(render_record(article) + "\n")
            self.stream.flush()  # a consumer downstream sees each record as soon as it is done
            return
        if self.fmt == "json":
            self._records.append(article.to_dict())
            return
        if article.error:
            return
        if self._count:
            self.stream.write("\n---\n\n" if self.fmt == "markdown" else "\n")
        self._count += 1
        if self.fmt == "markdown":
            self.stream.write(render_markdown(article, self.command, evidence=self.evidence))
        elif self.tty:
            self._rich_text(article)
        else:
            self.stream.write(render_text(article, self.command, evidence=self.evidence))
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "json":
            doc: Any = self._records[0] if self.single and len(self._records) == 1 else self._records
            self.stream.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
            self.stream.flush()

    def _rich_text(self, article: Article) -> None:
        from rich.console import Console  # only on a terminal: keeps pipes free of rich's import cost
        from rich.text import Text

        if self._console is None:
            self._console = Console(file=self.stream, highlight=False, soft_wrap=False)
        console = self._console
        title = _title(article, self.command)
        if title:
            console.print(Text(title, style="bold"))
            console.print()
        meta = _byline_line(article)
        if meta:
            console.print(Text(meta, style="dim"))
            console.print()
        if self.command == "normalise":
            for para in article.paragraphs:
                console.print(Text(para))
                console.print()
        elif self.command == "translate":
            for para in (article.text_en or "").split("\n\n"):
                if para.strip():
                    console.print(Text(para))
                    console.print()
        else:
            from rich.table import Table

            console.print(Text("Key Takeaways", style="bold underline"))
            grid = Table.grid(padding=(0, 1))  # a grid gives wrapped bullets a hanging indent
            grid.add_column(no_wrap=True)
            grid.add_column()
            for bullet in article.takeaways:
                grid.add_row(Text("  •", style="cyan"), Text(bullet.text))
                if self.evidence:
                    for ev in _evidence_lines(article, bullet.evidence):
                        grid.add_row("", Text(ev, style="dim"))
            console.print(grid)
            console.print()
        console.print(Text(_footer(article), style="dim"))
