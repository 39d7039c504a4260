"""Write eval/labelled/{dev,test}.jsonl from the hand-written articles in eval/source/.

    python eval/build_cases.py

    python eval/build_cases.py --check   # build and validate every quote, write nothing

Whole articles go to one split, by the module that holds them, so that no text a detector is
tuned on reappears in the test split. ``SPLIT_MODULES`` names them: the held-out test set is
the latest articles written without sight of the detector and not yet tuned on; every earlier
test set joined dev once its measurement drove changes (eval/README.md, "Dev/test discipline").
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from source.model import Article, Item, Variant

HERE = Path(__file__).resolve().parent
OUT = HERE / "labelled"
PREFIX = {
    "number": "num",
    "date": "date",
    "entity": "ent",
    "role": "role",
    "negation": "neg",
    "modality": "mod",
    "stance": "stance",
    "attribution": "attr",
    "quote": "quote",
    "causal": "cause",
    "omission_partial": "omp",
    "addition_partial": "adp",
    "omission_sentence": "oms",
    "addition_sentence": "ads",
    "faithful": "faith",
}


SPLIT_MODULES: dict[str, tuple[str, ...]] = {
    "dev": (
        *"abcdefghijklmnopqrstuyz1234vwx90ABCD5678EFGHIJKLMNOPQRSTUVWXYZ",
        "AA",
        "AB",
        "AC",
        "AD",
        "AI",
        "AJ",
        "AK",
        "AL",
        "AM",
        "AN",
        "AO",
        "AP",
        "AE",
        "AF",
        "AG",
        "AH",
        "AU",
        "AV",
        "AW",
        "AX",
        "AY",
        "AZ",
        "BA",
        "BB",
        "BC",
        "BD",
        "BE",
        "BF",
        "AQ",
        "AR",
        "AS",
        "AT",
        "BK",
        "BL",
        "BM",
        "BN",
        "BG",
        "BH",
        "BI",
        "BJ",
        "BS",
        "BT",
        "BU",
        "BV",
        "BW",
        "BX",
        "BY",
        "BZ",
        "CA",
        "CB",
        "CC",
        "CD",
        "BO",
        "BP",
        "BQ",
        "BR",
        "CI",
        "CJ",
        "CK",
        "CL",
        "CM",
        "CN",
        "CO",
        "CP",
        "CE",
        "CF",
        "CG",
        "CH",
        "CU",
        "CV",
        "CW",
        "CX",
        "CQ",
        "CR",
        "CS",
        "CT",
        "DC",
        "DD",
        "DE",
        "DF",
        "CY",
        "CZ",
        "DA",
        "DB",
        "DK",
        "DL",
        "DM",
        "DN",
        "DG",
        "DH",
        "DI",
        "DJ",
        "DS",
        "DT",
        "DU",
        "DV",
        "DW",
        "DX",
        "DY",
        "DZ",
        "EA",
        "EB",
        "EC",
        "ED",
        "DO",
        "DP",
        "DQ",
        "DR",
        "EI",
        "EJ",
        "EK",
        "EL",
        "EM",
        "EN",
        "EO",
        "EP",
        "EQ",
        "ER",
        "ES",
        "ET",
        "EU",
        "EV",
        "EW",
        "EX",
        "EY",
        "EZ",
        "FA",
        "FB",
        "FC",
        "FD",
        "FE",
        "FF",
        "FG",
        "FH",
        "FI",
        "FJ",
        "FK",
        "FL",
        "FM",
        "FN",
        "FO",
        "FP",
        "FQ",
        "FR",
        "FS",
        "FT",
        "FU",
        "FV",
        "FW",
        "FX",
        "FY",
        "FZ",
        "GA",
        "GB",
        "GC",
        "GD",
        "GE",
        "GF",
        "GG",
        "GH",
        "GI",
        "GJ",
        "GK",
        "GL",
        "GM",
        "GN",
        "GO",
        "GP",
        "GQ",
        "GR",
    ),
    "test": ("EE", "EF", "EG", "EH"),
}
"""Which ``source.articles_<name>`` modules make each split: one letter or digit per writer,
then two letters once those ran out."""


def articles_by_split() -> dict[str, list[Article]]:
    return {
        split: [
            article
            for name in names
            for article in importlib.import_module(f"source.articles_{name}").ARTICLES
        ]
        for split, names in SPLIT_MODULES.items()
    }


def join(sentences: list[str]) -> str:
    """Two sentences to a paragraph, paragraphs separated by a blank line, as wire copy reads."""
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    return "\n\n".join(paragraphs) + "\n"


def version_sentences(article: Article, variant: Variant) -> list[str]:
    base = article.paraphrase if variant.base == "paraphrase" else article.original
    if len(article.paraphrase) != len(article.original):
        raise ValueError(f"{article.slug}: paraphrase and original differ in length")
    out: list[str] = []
    for i, sentence in enumerate(base):
        if i in variant.inserts:
            out.append(variant.inserts[i])
        edited = variant.edits.get(i, sentence)
        if edited is not None:
            out.append(edited)
    if len(base) in variant.inserts:
        out.append(variant.inserts[len(base)])
    if variant.order is not None:
        out = [out[i] for i in variant.order]
    return out


def item_dict(item: Item, item_id: str, original: str, version: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": item_id, "kind": item.kind}
    if item.why:
        entry["why"] = item.why
    for side, quoted, text in (
        ("original", item.original, original),
        ("version", item.version, version),
    ):
        if quoted is None:
            continue
        if text.count(quoted) != 1:
            raise ValueError(
                f"{item_id}: {side} quote occurs {text.count(quoted)} times: {quoted!r}"
            )
        entry[side] = quoted
    return entry


def build_case(article: Article, variant: Variant, case_id: str) -> dict[str, Any]:
    original = join(list(article.original))
    version = join(version_sentences(article, variant))
    items = list(variant.items)
    if variant.type == "omission_sentence":
        (dropped,) = (i for i, s in variant.edits.items() if s is None)
        items = [Item("omission", article.original[dropped], None)]
    return {
        "id": case_id,
        "type": variant.type,
        "article": article.slug,
        "topic": article.topic,
        "original": original,
        "version": version,
        "items": [
            item_dict(it, f"{case_id}-{n}", original, version) for n, it in enumerate(items, 1)
        ],
        "acceptable": [
            item_dict(it, f"{case_id}-ok{n}", original, version)
            for n, it in enumerate(variant.acceptable, 1)
        ],
    }


def build() -> dict[str, list[dict[str, Any]]]:
    """Every case, by split; ids count up per type in the order the articles are written."""
    counters: dict[str, int] = {}
    splits: dict[str, list[dict[str, Any]]] = {"dev": [], "test": []}
    for split, articles in articles_by_split().items():
        for article in articles:
            for variant in article.variants:
                counters[variant.type] = counters.get(variant.type, 0) + 1
                case_id = f"{PREFIX[variant.type]}-{counters[variant.type]:03d}"
                splits[split].append(build_case(article, variant, case_id))
    return splits


def to_jsonl(cases: list[dict[str, Any]]) -> str:
    return "\n".join(json.dumps(case, ensure_ascii=False) for case in cases) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="validate only; write nothing")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    for split, cases in build().items():
        if not args.check:
            (OUT / f"{split}.jsonl").write_text(to_jsonl(cases), encoding="utf-8")
        types: dict[str, int] = {}
        for case in cases:
            types[case["type"]] = types.get(case["type"], 0) + 1
        counts = ", ".join(f"{t} {n}" for t, n in sorted(types.items()))
        print(f"{split}: {len(cases)} cases ({counts})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
