"""Words for retrieval: the same tokens for a passage and for a question, in English and Chinese.

- Text is NFKC-normalised and case-folded; traditional Chinese becomes simplified (OpenCC),
  so a question typed in 繁體 finds the simplified leaflets.
- Chinese runs are segmented with jieba in search mode (``糖尿病患者`` gives ``糖尿``,
  ``尿病``, ``糖尿病``, ``患者``, ``糖尿病患者``), so a question matches a passage that uses
  the longer or the shorter word.
- Latin words are stemmed with the Snowball English stemmer (``diabetics`` and
  ``diabetes`` both give ``diabet``). Function words of both languages are dropped.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable

import jieba
import opencc
import snowballstemmer
from spellchecker import SpellChecker

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_PIECES = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:'[a-z]+)?")

# Words that say nothing about the topic: English function words and question words, and
# the Chinese particles, pronouns and question words a patient wraps a question in, and the
# nouns for whoever it is about ("a person with diabetes", "糖尿病患者"): the topic is the rest.
_EN_STOPWORDS = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing don't down during each few for
    from further get gets getting got had has have having he her here hers him his how
    i i'd i'm i've if in into is it it's its itself just let me more most my myself no nor not
    now of off on once only or other our ours out over own please same she should so some
    such than that that's the their theirs them then there these they this those through to
    too under until up very was we were what what's when where which while who whom why will
    with would you your yours yourself tell know want need anything something thing things
    really much many way ok okay hi hello thanks thank dear person people someone anyone
    patient patients"""
_ZH_STOPWORDS = """
    的 了 吗 呢 吧 啊 呀 么 是 在 和 与 及 或 有 也 都 就 还 又 而 但 把 被 让 给 对 从 向
    我 你 您 他 她 它 我们 你们 他们 她们 自己 这 那 这个 那个 这些 那些 什么 怎么 怎么办 怎样
    怎么样 如何 哪些 哪个 哪里 为什么 为何 是否 能否 可以 可不可以 能不能 会不会 要不要
    应该 应当 需要 一下 一些 有些 有没有 请问 请 问 想 想问 知道 告诉 谢谢 一个 个 些 吃了
    时候 的话 如果 要是 没有 不 很 太 最 多 少 怎么回事 关于 方面 情况 问题 事项 哪 嘛
    应 该 注意 注意事项 哪些方面 一般 平时 要 得 地 着 过
    但是 可是 老 老是 总是 一直 经常 不是 是不是 还是 到底 自己 判断 怎么样才能 才能 能 会 算
    就是 然后 所以 因为 已经 现在 最近 这样 那样 办 好 行 啊
    患者 病人 的人 人 大家"""
EN_STOPWORDS = frozenset(_EN_STOPWORDS.split())
ZH_STOPWORDS = frozenset(_ZH_STOPWORDS.split())


_PER_THREAD = threading.local()


def _stemmer() -> snowballstemmer.stemmer:
    """Return this thread's English stemmer: a snowballstemmer instance keeps the word it is
    stemming on itself, so one shared by the turns' worker threads mixes their words up."""
    stemmer: snowballstemmer.stemmer | None = getattr(_PER_THREAD, "stemmer", None)
    if stemmer is None:
        stemmer = _PER_THREAD.stemmer = snowballstemmer.stemmer("english")
    return stemmer


@functools.cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _jieba() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)  # it announces its dictionary load on stderr
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def is_dictionary_word(word: str) -> bool:
    """Return whether ``word`` is a real word (jieba's dictionary for Chinese, pyspellchecker's
    English list otherwise): a real word is never "corrected" into a library word."""
    if _HAN_RUN.fullmatch(word):
        return bool(_jieba().FREQ.get(word))
    return bool(_english().known([word]))


@functools.cache
def _english() -> SpellChecker:
    return SpellChecker(language="en")


def english_words(text: str) -> list[tuple[str, str]]:
    """Return the (surface word, stem) pairs of the Latin words of ``text``, no stopwords."""
    stem = _stem
    return [
        (word, stem(word.replace("'", "")))
        for word in _LATIN.findall(normalize(text))
        if word not in EN_STOPWORDS
    ]


def normalize(text: str) -> str:
    """Return ``text`` NFKC-normalised, case-folded and in simplified Chinese."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if _HAN_RUN.search(text):
        text = _to_simplified().convert(text)
    return text


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def tokens(text: str) -> list[str]:
    """Return the retrieval tokens of ``text`` (stems and Chinese words, no function words)."""
    out: list[str] = []
    stem = _stem
    for piece in _PIECES.findall(normalize(text)):
        if _HAN_RUN.fullmatch(piece):
            out.extend(_chinese_words(piece))
        elif piece not in EN_STOPWORDS:
            out.append(stem(piece.replace("'", "")))
    return out


def chinese_words(run: str) -> list[str]:
    """Return jieba's plain cut of a run of Chinese characters (no search-mode extras)."""
    return [w for w in _jieba().lcut(normalize(run)) if w.strip()]


def _chinese_words(run: str) -> Iterable[str]:
    for word in _jieba().cut_for_search(run):
        word = word.strip()
        if word and word not in ZH_STOPWORDS:
            yield word


def question_key(text: str) -> str:
    """Return the normalised form of a question that the answer cache is keyed on.

    Case, width, traditional/simplified, punctuation and spacing do not change the key;
    words do.
    """
    return " ".join(_PIECES.findall(normalize(text)))
