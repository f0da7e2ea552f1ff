"""Tiny demo translation packages for tests and the sandbox, built from a phrase list in a second.

These are NOT translation models for real use. Each one knows only its lexicon: a few dozen
check-in and coach phrases, translated phrase by phrase. They exist so that the real path
(`.argosmodel` file → argostranslate install → CTranslate2 model → SentencePiece → text) runs in
tests and in the sandbox without the internet and without training.

How a package is made (no torch, no training; the weights are written down directly):

* SentencePiece (character model) with every lexicon phrase as one user-defined piece, so
  "أنا متعب" is one token and "ich bin müde" is one token. Pieces are matched greedily, longest
  first, also at the start of a longer word ("ja" in "jawohl"): a demo limitation.
* A one-layer CTranslate2 Transformer whose weights are set by hand (numpy, `TransformerSpec`):
  the source embedding of a lexicon piece is a one-hot code for its *translation*; every other
  piece shares the code "unknown". Position encodings live in their own dimensions. The encoder
  layer and the decoder's self-attention and feed-forward blocks are zero (identity through the
  residual). The decoder's cross-attention compares positions only, sharply, so output step t
  reads source token t, and copies its code; the output projection turns the code into the
  target piece. `</s>` (appended to the source by the model's config) ends the output.
* Every code block is stored twice, as +x and -x, so LayerNorm's mean is zero and the norms are
  constant: the layer norms only rescale.

So the output has exactly as many tokens as the input. Pieces outside the lexicon (other words,
names, digits, punctuation without an entry) come out as `<unk>`, which CTranslate2's
`replace_unknowns` (argostranslate always sets it) replaces by the source piece at the attended
position: unknown words are copied through unchanged ("أنا متعب Kassel" → "ich bin müde Kassel").
Source phrases match with their first letter in either case; the output is the lexicon's text.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import sentencepiece as spm

DEMO_VERSION = "0.0+demo"  # PEP 440; the "+demo" shows up in MachineTranslation.model
LANGUAGE_NAMES = {
    "ar": "Arabic",
    "de": "German",
    "en": "English",
    "fa": "Persian",
    "ru": "Russian",
    "tr": "Turkish",
    "uk": "Ukrainian",
}

# Positions the model can align (source tokens + </s>); the translator splits text into sentences
# far shorter than this.
MAX_POSITIONS = 1024
# Periods of the position features: small primes give a sharp, unique match of equal positions
# for every offset below MAX_POSITIONS (see _position_table).
_PERIODS = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53)
_ATTENTION_GAP = 40.0  # logit margin between the aligned source position and any other
_OUTPUT_MARGIN = 40.0  # logit margin of the lexicon output over any other piece
_FFN_DIM = 8

# Characters every demo SentencePiece model knows as pieces (others are <unk>, copied as well).
_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßÄÖÜ0123456789"
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ'’"
    "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
    '.,;:!?-()"«»…؟،؛'
)

DEMO_LEXICONS: dict[tuple[str, str], dict[str, str]] = {
    ("ar", "de"): {
        "لا أريد أن أعيش": "ich will nicht mehr leben",
        "لا أريد أن أعيش بعد الآن": "ich will nicht mehr leben",
        "أريد أن أموت": "ich will sterben",
        "أريد أن أقتل نفسي": "ich will mich umbringen",
        # Not on the Arabic keyword list: caught only in the German translation (a test
        # relies on that; if the Arabic list learns it, pick another such phrase).
        "سأرمي نفسي من النافذة": "ich will aus dem Fenster springen",
        "أنا متعب": "ich bin müde",
        "أنا متعبة": "ich bin müde",
        "أنا بخير": "mir geht es gut",
        "لست بخير": "mir geht es nicht gut",
        "أنا حزين": "ich bin traurig",
        "أنا حزينة": "ich bin traurig",
        "أنا خائف": "ich habe Angst",
        "أنا خائفة": "ich habe Angst",
        "أنا مريض": "ich bin krank",
        "أنا مريضة": "ich bin krank",
        "لا أستطيع النوم": "ich kann nicht schlafen",
        "نمت جيدا": "ich habe gut geschlafen",
        "رأسي يؤلمني": "ich habe Kopfschmerzen",
        "أشعر بالوحدة": "ich fühle mich einsam",
        "أحتاج مساعدة": "ich brauche Hilfe",
        "لا أفهم": "ich verstehe nicht",
        "عندي موعد": "ich habe einen Termin",
        "سآتي": "ich komme",
        "لا أستطيع أن آتي": "ich kann nicht kommen",
        "سأتأخر": "ich komme später",
        "اتصل بي من فضلك": "bitte rufen Sie mich an",
        "كيف حالك": "wie geht es Ihnen",
        "مرحبا": "hallo",
        "صباح الخير": "guten Morgen",
        "مساء الخير": "guten Abend",
        "شكرا": "danke",
        "شكرا جزيلا": "vielen Dank",
        "من فضلك": "bitte",
        "نعم": "ja",
        "لا": "nein",
        "أنا": "ich",
        "غدا": "morgen",
        "اليوم": "heute",
        "أمس": "gestern",
        "متى": "wann",
        "أين": "wo",
        "العمل": "die Arbeit",
        "دورة اللغة": "der Sprachkurs",
        "الطبيب": "der Arzt",
        "وداعا": "auf Wiedersehen",
        "إلى اللقاء": "bis bald",
        "؟": "?",
        "،": ",",
        "؛": ";",
    },
    ("de", "ar"): {
        "Ich rufe Sie morgen an": "سأتصل بك غدا",
        "Wie geht es Ihnen": "كيف حالك",
        "Wie geht es dir": "كيف حالك",
        "Haben Sie gut geschlafen": "هل نمت جيدا",
        "Sie haben morgen einen Termin": "عندك موعد غدا",
        "Sie haben heute einen Termin": "عندك موعد اليوم",
        "Bitte kommen Sie pünktlich": "من فضلك تعال في الموعد",
        "Können Sie morgen kommen": "هل يمكنك أن تأتي غدا",
        "Ich bin für Sie da": "أنا هنا من أجلك",
        "Sie sind nicht allein": "أنت لست وحدك",
        "Brauchen Sie Hilfe": "هل تحتاج مساعدة",
        "Bitte rufen Sie den Notruf an": "من فضلك اتصل بالطوارئ",
        "Was ist passiert": "ماذا حدث",
        "Ich verstehe": "أفهم",
        "Gute Besserung": "أتمنى لك الشفاء",
        "Bis morgen": "إلى الغد",
        "Der Kurs beginnt morgen": "الدورة تبدأ غدا",
        "Schreiben Sie mir": "اكتب لي",
        "Guten Morgen": "صباح الخير",
        "Guten Abend": "مساء الخير",
        "Hallo": "مرحبا",
        "Danke": "شكرا",
        "Vielen Dank": "شكرا جزيلا",
        "Bitte": "من فضلك",
        "Ja": "نعم",
        "Nein": "لا",
        "morgen": "غدا",
        "heute": "اليوم",
        "Auf Wiedersehen": "مع السلامة",
        "ich bin müde": "أنا متعب",
        "ich will nicht mehr leben": "لا أريد أن أعيش",
        "?": "؟",
        ",": "،",
        ";": "؛",
    },
    ("uk", "en"): {
        "Я не хочу жити": "I do not want to live anymore",
        "Я більше не хочу жити": "I do not want to live anymore",
        "Я хочу померти": "I want to die",
        "Я втомився": "I am tired",
        "Я втомилася": "I am tired",
        "У мене все добре": "I am fine",
        "Мені погано": "I am not well",
        "Мені сумно": "I am sad",
        "Мені страшно": "I am afraid",
        "Я хворий": "I am sick",
        "Я хвора": "I am sick",
        "Я не можу спати": "I cannot sleep",
        "Я добре спав": "I slept well",
        "Я добре спала": "I slept well",
        "У мене болить голова": "I have a headache",
        "Мені самотньо": "I feel lonely",
        "Мені потрібна допомога": "I need help",
        "Я не розумію": "I do not understand",
        "У мене зустріч": "I have an appointment",
        "Я прийду": "I will come",
        "Я не можу прийти": "I cannot come",
        "Я запізнюся": "I will be late",
        "Зателефонуйте мені": "please call me",
        "Як справи": "how are you",
        "Привіт": "hello",
        "Доброго ранку": "good morning",
        "Добрий вечір": "good evening",
        "Дякую": "thank you",
        "Щиро дякую": "thank you very much",
        "Будь ласка": "please",
        "Так": "yes",
        "Ні": "no",
        "Завтра": "tomorrow",
        "Сьогодні": "today",
        "Вчора": "yesterday",
        "Коли": "when",
        "Де": "where",
        "До побачення": "goodbye",
    },
    ("en", "de"): {
        "I do not want to live anymore": "ich will nicht mehr leben",
        "I want to die": "ich will sterben",
        "I want to kill myself": "ich will mich umbringen",
        "I am tired": "ich bin müde",
        "I am fine": "mir geht es gut",
        "I am not well": "mir geht es nicht gut",
        "I am sad": "ich bin traurig",
        "I am afraid": "ich habe Angst",
        "I am sick": "ich bin krank",
        "I cannot sleep": "ich kann nicht schlafen",
        "I slept well": "ich habe gut geschlafen",
        "I have a headache": "ich habe Kopfschmerzen",
        "I feel lonely": "ich fühle mich einsam",
        "I need help": "ich brauche Hilfe",
        "I do not understand": "ich verstehe nicht",
        "I have an appointment": "ich habe einen Termin",
        "I will come": "ich komme",
        "I cannot come": "ich kann nicht kommen",
        "I will be late": "ich komme später",
        "please call me": "bitte rufen Sie mich an",
        "how are you": "wie geht es Ihnen",
        "hello": "hallo",
        "good morning": "guten Morgen",
        "good evening": "guten Abend",
        "thank you": "danke",
        "thank you very much": "vielen Dank",
        "please": "bitte",
        "yes": "ja",
        "no": "nein",
        "tomorrow": "morgen",
        "today": "heute",
        "yesterday": "gestern",
        "when": "wann",
        "where": "wo",
        "goodbye": "auf Wiedersehen",
    },
    ("de", "en"): {
        "Ich rufe Sie morgen an": "I will call you tomorrow",
        "Wie geht es Ihnen": "how are you",
        "Wie geht es dir": "how are you",
        "Haben Sie gut geschlafen": "did you sleep well",
        "Sie haben morgen einen Termin": "you have an appointment tomorrow",
        "Sie haben heute einen Termin": "you have an appointment today",
        "Bitte kommen Sie pünktlich": "please be on time",
        "Können Sie morgen kommen": "can you come tomorrow",
        "Ich bin für Sie da": "I am here for you",
        "Sie sind nicht allein": "you are not alone",
        "Brauchen Sie Hilfe": "do you need help",
        "Bitte rufen Sie den Notruf an": "please call the emergency number",
        "Was ist passiert": "what happened",
        "Ich verstehe": "I understand",
        "Gute Besserung": "get well soon",
        "Bis morgen": "see you tomorrow",
        "Der Kurs beginnt morgen": "the course starts tomorrow",
        "Schreiben Sie mir": "write to me",
        "Guten Morgen": "good morning",
        "Guten Abend": "good evening",
        "Hallo": "hello",
        "Danke": "thank you",
        "Vielen Dank": "thank you very much",
        "Bitte": "please",
        "Ja": "yes",
        "Nein": "no",
        "morgen": "tomorrow",
        "heute": "today",
        "Auf Wiedersehen": "goodbye",
        "ich bin müde": "I am tired",
        "ich will nicht mehr leben": "I do not want to live anymore",
    },
    ("en", "uk"): {
        "I will call you tomorrow": "Я зателефоную вам завтра",
        "how are you": "Як справи",
        "did you sleep well": "Ви добре спали",
        "you have an appointment tomorrow": "У вас завтра зустріч",
        "you have an appointment today": "У вас сьогодні зустріч",
        "please be on time": "Будь ласка, приходьте вчасно",
        "can you come tomorrow": "Ви можете прийти завтра",
        "I am here for you": "Я поруч із вами",
        "you are not alone": "Ви не самі",
        "do you need help": "Вам потрібна допомога",
        "please call the emergency number": "Будь ласка, зателефонуйте на номер екстреної допомоги",
        "what happened": "Що сталося",
        "I understand": "Я розумію",
        "get well soon": "Одужуйте",
        "see you tomorrow": "До завтра",
        "the course starts tomorrow": "Курс починається завтра",
        "write to me": "Напишіть мені",
        "good morning": "Доброго ранку",
        "good evening": "Добрий вечір",
        "hello": "Привіт",
        "thank you": "Дякую",
        "thank you very much": "Щиро дякую",
        "please": "Будь ласка",
        "yes": "Так",
        "no": "Ні",
        "tomorrow": "завтра",
        "today": "сьогодні",
        "goodbye": "До побачення",
        "I am tired": "Я втомився",
        "I do not want to live anymore": "Я не хочу жити",
    },
}

_Matrix = npt.NDArray[np.float32]


def build_demo_packages(out_dir: Path) -> list[Path]:
    """Every pair of DEMO_LEXICONS as an `.argosmodel` file in out_dir (created if missing)."""
    return [
        build_demo_package(out_dir, source, target, lexicon)
        for (source, target), lexicon in DEMO_LEXICONS.items()
    ]


def build_demo_package(out_dir: Path, source: str, target: str, lexicon: Mapping[str, str]) -> Path:
    """Build `translate-<source>_<target>-demo.argosmodel` in out_dir and return its path.

    The result depends only on the arguments (the same bytes every time, with the same versions of
    sentencepiece and ctranslate2).
    """
    if not lexicon:
        raise ValueError("the lexicon is empty")
    mapping = _with_case_variants({_piece(key): _piece(value) for key, value in lexicon.items()})
    name = f"translate-{source}_{target}-demo"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="argos-demo-") as work:
        root = Path(work) / name
        (root / "model").mkdir(parents=True)
        sentencepiece_model = _train_sentencepiece(sorted(set(mapping) | set(mapping.values())))
        (root / "sentencepiece.model").write_bytes(sentencepiece_model)
        processor = spm.SentencePieceProcessor(model_proto=sentencepiece_model)
        vocabulary = [processor.id_to_piece(index) for index in range(processor.get_piece_size())]
        _save_model(root / "model", vocabulary, mapping)
        metadata = {
            "package_version": DEMO_VERSION,
            "argos_version": "1.0",
            "type": "translate",
            "from_code": source,
            "from_name": LANGUAGE_NAMES.get(source, source),
            "to_code": target,
            "to_name": LANGUAGE_NAMES.get(target, target),
            "links": [],
        }
        (root / "metadata.json").write_text(
            json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (root / "README.md").write_text(
            f"# Demo model {source} → {target}\n\nBuilt by devtools/mt_demo.py for tests and the sandbox."
            " It translates only its own phrase list; it is not for real use.\n",
            encoding="utf-8",
        )
        destination = out_dir / f"{name}.argosmodel"
        _zip_deterministic(root, destination)
    return destination


def _piece(phrase: str) -> str:
    """The SentencePiece spelling of a phrase: words joined by ▁, led by ▁ unless it is punctuation."""
    words = unicodedata.normalize("NFKC", phrase).split()
    if not words:
        raise ValueError("empty phrase in the lexicon")
    joined = "▁".join(words)
    return joined if not any(char.isalnum() for char in joined) else "▁" + joined


def _with_case_variants(mapping: dict[str, str]) -> dict[str, str]:
    """Let a source phrase also match with its first letter in the other case ("Danke", "danke")."""
    result = dict(mapping)
    for key, value in mapping.items():
        first = key[1:2] if key.startswith("▁") else ""
        if first and first.lower() != first.upper():
            for variant in (first.lower(), first.upper()):
                result.setdefault("▁" + variant + key[2:], value)
    return result


def _train_sentencepiece(phrases: Iterable[str]) -> bytes:
    symbols = list(phrases)
    corpus = [symbol.replace("▁", " ").strip() for symbol in symbols] + [_ALPHABET]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus),
        model_writer=model,
        model_type="char",
        user_defined_symbols=symbols,
        vocab_size=len(symbols) + len(_ALPHABET) + 8,
        hard_vocab_limit=False,
        character_coverage=1.0,
        num_threads=1,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        minloglevel=2,
    )
    return model.getvalue()


def _position_table(width: int, offset: int) -> _Matrix:
    """cos/sin features of each position at the _PERIODS, stored as +x then -x from column offset."""
    positions = np.arange(MAX_POSITIONS, dtype=np.float64)[:, None]
    angles = 2 * np.pi * positions / np.array(_PERIODS, dtype=np.float64)[None, :]
    features = np.concatenate([np.cos(angles), np.sin(angles)], axis=1) / np.sqrt(len(_PERIODS))
    table = np.zeros((MAX_POSITIONS, width), dtype=np.float64)
    size = features.shape[1]
    table[:, offset : offset + size] = features
    table[:, offset + size : offset + 2 * size] = -features
    return table.astype(np.float32)


def _min_position_gap() -> float:
    """Smallest difference between Σcos at offset 0 (= number of periods) and any other offset."""
    offsets = np.arange(1, MAX_POSITIONS, dtype=np.float64)[:, None]
    sums = np.cos(2 * np.pi * offsets / np.array(_PERIODS, dtype=np.float64)[None, :]).sum(axis=1)
    return float(len(_PERIODS) - sums.max())


def _save_model(directory: Path, vocabulary: list[str], mapping: Mapping[str, str]) -> None:
    from ctranslate2.specs import transformer_spec  # only when building

    index = {piece: number for number, piece in enumerate(vocabulary)}
    unk, eos = index["<unk>"], index["</s>"]
    outputs = sorted(set(mapping.values()))  # one code ("class") per distinct translation
    classes = len(outputs) + 2  # + unknown + end of sentence
    unknown_class, eos_class = len(outputs), len(outputs) + 1
    class_output = [index[piece] for piece in outputs] + [unk, eos]
    token_class = np.full(len(vocabulary), unknown_class)
    for source_piece, target_piece in mapping.items():
        token_class[index[source_piece]] = outputs.index(target_piece)
    token_class[eos] = eos_class

    # Layout of the model dimension: [code, -code, position, -position, padding to a multiple of 16].
    position_offset = 2 * classes
    position_size = 2 * len(_PERIODS)
    width = -(-(position_offset + 2 * position_size) // 16) * 16
    rows = np.arange(len(vocabulary))

    source_embeddings = np.zeros((len(vocabulary), width), dtype=np.float32)
    source_embeddings[rows, token_class] = 1.0
    source_embeddings[rows, classes + token_class] = -1.0
    positions = _position_table(width, position_offset)

    # After the final encoder LayerNorm a source vector is sqrt(width/4)·(code + position), since both
    # halves have squared norm 2 (token: 2·1², position: 2·Σ(cos²+sin²)/K). The decoder's input is
    # the position alone, normalised to sqrt(width/2)·position. Attention logits are q·k/sqrt(width).
    position_dims = np.arange(position_offset, position_offset + 2 * position_size)
    code_dims = np.arange(2 * classes)
    score_unit = np.sqrt(width / 4) * np.sqrt(width / 2) * 2 / len(_PERIODS) / np.sqrt(width)
    query_scale = _ATTENTION_GAP / (score_unit * _min_position_gap())
    query = np.zeros((width, width), dtype=np.float32)
    query[position_dims, position_dims] = query_scale
    key_value = np.zeros((2 * width, width), dtype=np.float32)
    key_value[position_dims, position_dims] = 1.0
    # Values carry the code into the decoder, where it gets the same norm as the position.
    key_value[width + code_dims, code_dims] = 1.0 / np.sqrt(width / 4)
    attention_output = np.zeros((width, width), dtype=np.float32)
    attention_output[code_dims, code_dims] = 1.0
    # After the final decoder LayerNorm the code is sqrt(width/4)·code (code and position norms equal).
    projection = np.zeros((len(vocabulary), width), dtype=np.float32)
    output_scale = _OUTPUT_MARGIN / (2 * np.sqrt(width / 4))
    for number, target in enumerate(class_output):
        projection[target, number] = output_scale
        projection[target, classes + number] = -output_scale

    spec = transformer_spec.TransformerSpec.from_config(num_layers=1, num_heads=1)
    _set_layer_norms(spec, width)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.scale_embeddings = False
    encoder.embeddings[0].weight = source_embeddings
    encoder.position_encodings.encodings = positions
    _zero_block(encoder.layer[0].self_attention.linear, [3 * width, width], width)
    _zero_ffn(encoder.layer[0].ffn, width)
    decoder.scale_embeddings = False
    decoder.embeddings.weight = np.zeros((len(vocabulary), width), dtype=np.float32)
    decoder.position_encodings.encodings = positions
    _zero_block(decoder.layer[0].self_attention.linear, [3 * width, width], width)
    cross = decoder.layer[0].attention.linear
    for linear, weight in zip(cross, (query, key_value, attention_output), strict=True):
        linear.weight = weight
        linear.bias = np.zeros(weight.shape[0], dtype=np.float32)
    _zero_ffn(decoder.layer[0].ffn, width)
    decoder.projection.weight = projection
    decoder.projection.bias = np.zeros(len(vocabulary), dtype=np.float32)

    spec.config.add_source_eos = True  # the </s> position is what ends the output
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization="float32")
    spec.save(str(directory))


def _set_layer_norms(spec: object, width: int) -> None:
    """Plain LayerNorms (gain 1, bias 0) everywhere: the model relies only on their rescaling."""
    from ctranslate2.specs import common_spec

    pending = [spec]
    while pending:
        layer = pending.pop()
        if isinstance(layer, common_spec.LayerNormSpec):
            layer.gamma = np.ones(width, dtype=np.float32)
            layer.beta = np.zeros(width, dtype=np.float32)
            continue
        for name, value in vars(layer).items():
            if name.startswith("_"):
                continue
            for item in value if isinstance(value, list) else [value]:
                if hasattr(item, "__dict__") and not isinstance(item, np.ndarray | np.generic):
                    pending.append(item)


def _zero_block(linears: list[Any], first_shape: list[int], width: int) -> None:
    first, output = linears
    first.weight = np.zeros(first_shape, dtype=np.float32)
    first.bias = np.zeros(first_shape[0], dtype=np.float32)
    output.weight = np.zeros((width, width), dtype=np.float32)
    output.bias = np.zeros(width, dtype=np.float32)


def _zero_ffn(ffn: Any, width: int) -> None:
    ffn.linear_0.weight = np.zeros((_FFN_DIM, width), dtype=np.float32)
    ffn.linear_0.bias = np.zeros(_FFN_DIM, dtype=np.float32)
    ffn.linear_1.weight = np.zeros((width, _FFN_DIM), dtype=np.float32)
    ffn.linear_1.bias = np.zeros(width, dtype=np.float32)


def _zip_deterministic(root: Path, destination: Path) -> None:
    """Zip root (as the archive's top folder) with fixed timestamps and order."""
    partial = destination.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo(
                    f"{root.name}/{path.relative_to(root).as_posix()}", (2024, 1, 1, 0, 0, 0)
                )
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, path.read_bytes())
    shutil.move(partial, destination)
