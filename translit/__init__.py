"""translit: collapse the many Arabic spellings of a name into one canonical entity.

>>> import translit
>>> translit.fold("إسرائيلُ")
'اسراييل'
"""

from translit.errors import InputError, LexiconError, TranslitError
from translit.lexicon import Entity, Lexicon, load_lexicon
from translit.model import Candidate, Document, Mention
from translit.normalizer import Normalizer
from translit.orthography import fold, fold_with_offsets

__version__ = "0.1.0"

__all__ = [
    "Candidate",
    "Document",
    "Entity",
    "InputError",
    "Lexicon",
    "LexiconError",
    "Mention",
    "Normalizer",
    "TranslitError",
    "fold",
    "fold_with_offsets",
    "load_lexicon",
    "__version__",
]
