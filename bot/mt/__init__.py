"""Machine translation: the translator with its cache, argostranslate and its packages, sentence splitting."""

from bot.mt.packages import ConfigurationError, InstalledPair, InstallError
from bot.mt.sentences import MAX_SENTENCE_CHARS, split_sentences
from bot.mt.translator import MAX_TEXT_CHARS, PIVOT, MachineTranslation, MachineTranslator

__all__ = [
    "MAX_SENTENCE_CHARS",
    "MAX_TEXT_CHARS",
    "PIVOT",
    "ConfigurationError",
    "InstallError",
    "InstalledPair",
    "MachineTranslation",
    "MachineTranslator",
    "split_sentences",
]
