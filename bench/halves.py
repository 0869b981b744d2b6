"""Variant linking on two halves of a variant table, each run as a lexicon of its own.

    python bench/halves.py ../shared/data/name_variants_dev.tsv

The held-out split of the data is not at hand, so the development split is cut in two by the
MD5 of each entity id (even / odd) and each half goes through the protocol of
``translit eval variants`` (one spelling per entity in the lexicon, 20% of the multi-spelling
entities left out as traps). A rule that explains a class of spellings moves both halves; one
that fits the development split's names moves one. Prints figures, asserts nothing.
"""

from __future__ import annotations

import hashlib
import sys

from translit import Normalizer
from translit.evaluate import evaluate_variants, read_variant_table, variant_protocol


def half_of(entity_id: str) -> int:
    """0 or 1: the parity of the MD5 of an entity id (``gn:1007311`` -> 0 or 1, fixed)."""
    return int(hashlib.md5(entity_id.encode("utf-8")).hexdigest(), 16) % 2


def main(path: str) -> None:
    table = read_variant_table(path)
    print("half  type  entities  recall  precision  right  wrong  false")
    for half in (0, 1):
        for kind in ("PER", "LOC"):
            ents = {eid: e for eid, e in table.items() if half_of(eid) == half and e["type"] == kind}
            lexicon, cases = variant_protocol(ents)
            report = evaluate_variants(Normalizer(lexicon), cases)
            print(f"{half}     {kind}   {len(ents):8d}  {report.recall:.4f}  {report.precision:.4f}     {report.right:5d}  {len(report.wrong):5d}  {len(report.false):5d}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/halves.py VARIANTS.tsv")
    main(sys.argv[1])
