"""Builds random-weight Marian and BART models with real classes and configurable shapes.

For tests and benchmarks on machines that cannot reach the HF hub: each builder trains a
small real tokenizer (sentencepiece for Marian, byte-level BPE for BART) on the corpus
below, creates the model with random weights, and writes a directory that loads through
the normal `AutoTokenizer.from_pretrained` / `AutoModelForSeq2SeqLM.from_pretrained` path.
The models emit gibberish; only their structure, shapes and generation settings are real.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import sentencepiece as spm
import torch
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import (
    BartConfig,
    BartForConditionalGeneration,
    BartTokenizer,
    GenerationConfig,
    MarianConfig,
    MarianMTModel,
    MarianTokenizer,
    PreTrainedModel,
)

POLISH = (
    "Rząd przyjął w środę projekt ustawy o podatku od nieruchomości.",
    "Premier zapowiedział, że nowe przepisy wejdą w życie 1 stycznia 2026 r.",
    "„To przełomowa decyzja” – powiedział rzecznik ministerstwa finansów.",
    "W Gdańsku otwarto nową linię tramwajową o długości 4,5 km.",
    "Inflacja w październiku wyniosła 3,2 proc. rok do roku.",
    "Narodowy Bank Polski pozostawił stopy procentowe bez zmian.",
    "Na autostradzie A1 doszło do zderzenia trzech samochodów osobowych.",
    "Straż pożarna gasiła pożar hali magazynowej pod Łodzią przez sześć godzin.",
    "Sejm uchwalił nowelizację kodeksu pracy większością 245 głosów.",
    "Prezydent podpisał ustawę o ochronie ludności i obronie cywilnej.",
    "Według GUS bezrobocie spadło do 5,1 proc. – najniższego poziomu od lat.",
    "Ministerstwo zdrowia zapowiada skrócenie kolejek do specjalistów.",
    "W Krakowie rozpoczął się festiwal muzyki filmowej.",
    "Ceny paliw na stacjach wzrosły średnio o 12 groszy na litrze.",
    "Synoptycy ostrzegają przed silnym wiatrem i intensywnymi opadami śniegu.",
    "Polska reprezentacja wygrała mecz z Walią 2:1 po dogrywce.",
    "Żołnierze wojsk obrony terytorialnej pomagają powodzianom na południu kraju.",
    "Minister edukacji przedstawił plan reformy szkół średnich.",
    "W Poznaniu zatrzymano dwóch mężczyzn podejrzanych o kradzież 300 tys. zł.",
    "Wybory samorządowe odbędą się 7 kwietnia – poinformowała komisja wyborcza.",
    "Opozycja zgłosiła wniosek o wotum nieufności wobec ministra sprawiedliwości.",
    "Naukowcy z Wrocławia opracowali nową metodę leczenia cukrzycy.",
    "Port lotniczy w Katowicach obsłużył w tym roku ponad 6 mln pasażerów.",
    "Na Mazurach trwa sezon żeglarski; jeziora przyciągają tysiące turystów.",
    "Sąd Najwyższy rozpatrzy skargę kasacyjną w przyszłym tygodniu.",
    "„Nie zgadzamy się na takie zmiany” – oświadczyli przedstawiciele związków zawodowych.",
    "Budowa Centralnego Portu Komunikacyjnego ma ruszyć w 2027 r.",
    "W Szczecinie otwarto pierwszą w regionie szkołę z oddziałami dwujęzycznymi.",
    "Eksport polskich jabłek wzrósł o 18 proc. w porównaniu z ubiegłym rokiem.",
    "Policja apeluje do kierowców o ostrożność na oblodzonych drogach.",
    "Rada Miasta Warszawy przyjęła budżet na 2025 r. w wysokości 24 mld zł.",
    "Pacjenci czekają na wizytę u kardiologa średnio cztery miesiące.",
    "Europoseł zapowiedział start w wyborach prezydenckich.",
    "W Tatrach spadło 40 cm świeżego śniegu; TOPR ogłosił trzeci stopień zagrożenia lawinowego.",
    "Koleje Mazowieckie uruchomią dodatkowe pociągi na święta.",
    "Młodzi Polacy coraz częściej wybierają studia za granicą.",
    "Wicepremier spotkał się z przedstawicielami rolników protestujących przed Sejmem.",
    "Źródła wody pitnej w gminie zostały skażone bakteriami coli.",
    "Łączna wartość inwestycji przekroczy 1,2 mld euro.",
    "Uczniowie ósmych klas przystąpią do egzaminu 14 maja.",
    "W Lublinie powstanie nowe centrum badań nad sztuczną inteligencją.",
    "Ogień strawił zabytkowy kościół w małej wsi na Podkarpaciu.",
    "Ratownicy odnaleźli zaginionego turystę po dwóch dniach poszukiwań.",
    "Spółka ogłosiła zwolnienia grupowe – pracę straci około 500 osób.",
    "Drużyna z Białegostoku awansowała do ćwierćfinału pucharu.",
    "Parlament Europejski przyjął rezolucję w sprawie praworządności.",
    "„Sytuacja jest pod kontrolą” – zapewnił wojewoda podczas konferencji prasowej.",
    "Średnie wynagrodzenie w sektorze przedsiębiorstw wyniosło 8 123 zł brutto.",
    "W Bydgoszczy trwa remont mostu, a objazdy wydłużają podróż o kwadrans.",
    "Minister klimatu ogłosił program dopłat do pomp ciepła.",
    "Muzeum Narodowe pokaże obrazy Olgi Boznańskiej z prywatnych kolekcji.",
    "Do szpitala trafiło 17 osób z objawami zatrucia pokarmowego.",
    "Gmina przeznaczy 3 mln zł na budowę ścieżek rowerowych.",
    "Rzecznik praw obywatelskich skierował pismo do premiera.",
    "Pociąg z Przemyśla do Świnoujścia jechał z opóźnieniem 90 minut.",
    "Ministerstwo spraw zagranicznych wezwało ambasadora na rozmowę.",
    "Ceny mieszkań w dużych miastach wzrosły o 9 proc. w ciągu roku.",
    "Kibice świętowali zwycięstwo na ulicach Wrocławia do późnej nocy.",
    "Nowy most na Wiśle połączy dwie dzielnice Torunia.",
    "Zespół lekarzy przeprowadził pierwszą w kraju operację z użyciem robota.",
)

ENGLISH = (
    "The government adopted a draft property tax bill on Wednesday.",
    "The prime minister said the new rules would take effect on 1 January 2026.",
    '"This is a breakthrough decision," said the finance ministry spokesman.',
    "A new 4.5 km tram line was opened in Gdansk.",
    "Inflation stood at 3.2 percent year on year in October.",
    "The National Bank of Poland left interest rates unchanged.",
    "Three passenger cars collided on the A1 motorway.",
    "Firefighters spent six hours putting out a warehouse fire near Lodz.",
    "Parliament passed an amendment to the labour code with 245 votes.",
    "The president signed a law on civil protection and civil defence.",
    "According to the statistics office, unemployment fell to 5.1 percent.",
    "The health ministry promises shorter waiting lists for specialists.",
    "A film music festival began in Krakow.",
    "Fuel prices at petrol stations rose by an average of 12 groszy per litre.",
    "Forecasters warn of strong winds and heavy snowfall.",
    "The Polish national team beat Wales 2-1 after extra time.",
    "Territorial defence soldiers are helping flood victims in the south.",
    "The education minister presented a plan to reform secondary schools.",
    "Police in Poznan detained two men suspected of stealing 300,000 zlotys.",
    "Local elections will be held on 7 April, the electoral commission said.",
    "The opposition filed a motion of no confidence in the justice minister.",
    "Scientists from Wroclaw have developed a new treatment for diabetes.",
    "Katowice airport handled more than 6 million passengers this year.",
    "The sailing season is under way in Masuria, drawing thousands of tourists.",
    "The Supreme Court will hear the cassation appeal next week.",
    '"We do not agree to such changes," trade union representatives said.',
    "Construction of the Central Communication Port is due to start in 2027.",
    "The first school with bilingual classes in the region opened in Szczecin.",
    "Exports of Polish apples rose by 18 percent compared with last year.",
    "Police urge drivers to be careful on icy roads.",
    "Warsaw city council adopted a budget of 24 billion zlotys for 2025.",
    "Patients wait an average of four months to see a cardiologist.",
    "A member of the European Parliament announced a presidential bid.",
    "Forty centimetres of fresh snow fell in the Tatra mountains.",
    "Regional railways will run extra trains over the holidays.",
    "Young Poles increasingly choose to study abroad.",
    "The deputy prime minister met farmers protesting outside parliament.",
    "Drinking water sources in the municipality were contaminated with bacteria.",
    "The total value of the investment will exceed 1.2 billion euros.",
    "Eighth-grade pupils will sit the exam on 14 May.",
    "A new artificial intelligence research centre will be built in Lublin.",
    "Fire destroyed a historic church in a small village in the south-east.",
    "Rescuers found a missing hiker after a two-day search.",
    "The company announced mass layoffs, with about 500 people losing their jobs.",
    "The team from Bialystok advanced to the quarter-finals of the cup.",
    "The European Parliament adopted a resolution on the rule of law.",
    '"The situation is under control," the governor told a news conference.',
    "The average wage in the enterprise sector was 8,123 zlotys gross.",
    "A bridge is being repaired in Bydgoszcz, and detours add a quarter of an hour.",
    "The climate minister announced a subsidy scheme for heat pumps.",
    "The National Museum will show paintings by Olga Boznanska from private collections.",
    "Seventeen people were taken to hospital with symptoms of food poisoning.",
    "The municipality will spend 3 million zlotys on new cycle paths.",
    "The ombudsman sent a letter to the prime minister.",
    "The train from Przemysl to Swinoujscie ran 90 minutes late.",
    "The foreign ministry summoned the ambassador for talks.",
    "Flat prices in large cities rose by 9 percent over the year.",
    "Fans celebrated the victory on the streets of Wroclaw late into the night.",
    "A new bridge over the Vistula will link two districts of Torun.",
    "A team of doctors performed the country's first robot-assisted operation.",
)

# Real shapes, for benchmarks: build_marian(path, **SHAPES["opus-mt-pl-en"]) etc.
# opus-mt-pl-en: transformer-base (config.json: vocab 63430, pad 63429, swish, 512 positions,
#   generation num_beams 6, max_length 512), about 77M parameters.
# opus-mt-tc-big-zlw-en: transformer-big, 6 encoder + 6 decoder layers, relu, 1024 positions,
#   num_beams 4, max_length 512 (not max_positions). Its exact vocab size was not checked;
#   tc-big models have 52k-61k, so 57k is an estimate. NB: real tc-big vocabularies put
#   </s> mid-vocab (eos id e.g. 25565), not at 0 as built here.
# distilbart-cnn-12-6: 12 encoder + 6 decoder layers, vocab 50264 (its tokenizer has 50265
#   tokens, <mask> = 50264 lies outside the embedding; here <mask> is the last model id).
SHAPES: dict[str, dict] = {
    "opus-mt-pl-en": dict(
        d_model=512,
        layers=6,
        heads=8,
        ffn=2048,
        max_positions=512,
        vocab_size=63_430,
        activation="swish",
        num_beams=6,
    ),
    "opus-mt-tc-big-zlw-en": dict(
        d_model=1024,
        layers=6,
        heads=16,
        ffn=4096,
        max_positions=1024,
        vocab_size=57_000,
        activation="relu",
        num_beams=4,
        max_length=512,
    ),
    "distilbart-cnn-12-6": dict(
        d_model=1024,
        encoder_layers=12,
        decoder_layers=6,
        heads=16,
        ffn=4096,
        max_positions=1024,
        vocab_size=50_264,
        num_beams=4,
    ),
}


def _vocab(head: Iterable[str], size: int | None, tail: Iterable[str]) -> dict[str, int]:
    """`head` tokens, then `<dummy_N>` filler up to `size` (if given), then `tail` tokens."""
    head, tail = list(dict.fromkeys(head)), list(tail)
    if size is not None and size < len(head) + len(tail):
        raise ValueError(
            f"vocab_size={size} is smaller than the {len(head) + len(tail)} real tokens"
        )
    filler = [f"<dummy_{i}>" for i in range((size or 0) - len(head) - len(tail))]
    return {token: i for i, token in enumerate(head + filler + tail)}


def _write_json(data: object, path: Path) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _save(
    path: Path,
    model_cls: type[PreTrainedModel],
    config,
    generation: GenerationConfig,
    tokenizer,
    seed: int,
    adjust: Callable[[PreTrainedModel], None] | None = None,
) -> Path:
    """Random-init `model_cls(config)` with `seed`; save model, generation config, tokenizer."""
    torch.manual_seed(seed)
    model = model_cls(config).eval()
    if adjust:
        with torch.no_grad():
            adjust(model)
    # transformers 5 reads generation settings only from generation_config.json.
    model.generation_config = generation
    model.save_pretrained(path)  # safetensors; also writes generation_config.json
    tokenizer.save_pretrained(path)
    return path


def _train_spm(sentences: Iterable[str], vocab_size: int) -> spm.SentencePieceProcessor:
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=model,
        minloglevel=2,  # silence the trainer's log on stderr
        vocab_size=vocab_size,
        model_type="unigram",
        hard_vocab_limit=False,
        character_coverage=1.0,
        num_threads=1,
    )
    return spm.SentencePieceProcessor(model_proto=model.getvalue())


def _pieces(sp: spm.SentencePieceProcessor) -> list[str]:
    """Ordinary pieces (no <unk>/<s>/</s>), in sentencepiece id order."""
    return [
        sp.id_to_piece(i)
        for i in range(sp.get_piece_size())
        if not (sp.is_control(i) or sp.is_unknown(i))
    ]


def build_marian(
    path: str | os.PathLike,
    *,
    shared_vocab: bool = True,
    d_model: int = 16,
    layers: int = 1,
    heads: int = 2,
    ffn: int = 32,
    max_positions: int = 128,
    vocab_size: int | None = None,
    num_beams: int = 4,
    max_length: int | None = None,
    activation: str = "swish",
    eos_bias: float = 0.0,
    seed: int = 0,
) -> Path:
    """Write a random-weight MarianMTModel + MarianTokenizer (pl -> en) into `path`.

    Layout as in Helsinki-NLP/opus-mt-*: source.spm, target.spm, vocab.json with </s>=0,
    <unk>=1, the pieces, and <pad> last (pad = decoder start). shared_vocab=False writes
    separate source (vocab.json) and target (target_vocab.json) vocabularies; both are
    padded to the same size so <pad> has one id, as MarianConfig has one pad_token_id.
    vocab_size pads the vocabularies with never-emitted dummy tokens (benchmark shapes).
    max_length (generation) defaults to max_positions, as in opus-mt (512 / 512).
    eos_bias raises the end-of-sentence logit (final_logits_bias) so that a random model
    stops on its own like a real one does (0.15 gives 15-25 tokens at the tiny shape),
    instead of always running to max_length.
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    source, target = _train_spm(POLISH, 300), _train_spm(ENGLISH, 300)
    (path / "source.spm").write_bytes(source.serialized_model_proto())
    (path / "target.spm").write_bytes(target.serialized_model_proto())

    specials = ["</s>", "<unk>"]
    if shared_vocab:
        vocabs = [specials + _pieces(source) + _pieces(target)]
    else:
        vocabs = [specials + _pieces(source), specials + _pieces(target)]
    size = vocab_size or max(len(dict.fromkeys(v)) + 1 for v in vocabs)
    vocabs = [_vocab(v, size, ["<pad>"]) for v in vocabs]
    files = [path / "vocab.json", path / "target_vocab.json"][: len(vocabs)]
    for vocab, file in zip(vocabs, files, strict=True):
        _write_json(vocab, file)
    pad = size - 1

    tokenizer = MarianTokenizer(
        source_spm=str(path / "source.spm"),
        target_spm=str(path / "target.spm"),
        vocab=str(files[0]),
        target_vocab_file=None if shared_vocab else str(files[1]),
        separate_vocabs=not shared_vocab,
        source_lang="pl",
        target_lang="en",
        model_max_length=max_positions,
    )
    config = MarianConfig(
        vocab_size=size,
        decoder_vocab_size=size,
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn,
        max_position_embeddings=max_positions,  # sinusoidal, as Marian's static positions
        activation_function=activation,
        scale_embedding=True,
        share_encoder_decoder_embeddings=shared_vocab,
        pad_token_id=pad,
        eos_token_id=0,
        bos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
    )
    generation = GenerationConfig(
        num_beams=num_beams,
        max_length=max_length or max_positions,
        bad_words_ids=[[pad]],
        bos_token_id=0,
        eos_token_id=0,
        forced_eos_token_id=0,
        pad_token_id=pad,
        decoder_start_token_id=pad,
        renormalize_logits=True,
    )

    def bias_eos(model: PreTrainedModel) -> None:
        model.final_logits_bias[0, 0] = eos_bias

    return _save(path, MarianMTModel, config, generation, tokenizer, seed, bias_eos)


def _train_bpe(sentences: Iterable[str], vocab_size: int) -> tuple[list[str], list[tuple]]:
    """Byte-level BPE as in RoBERTa/BART: (tokens in id order, merges)."""
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(sentences, trainer)
    model = json.loads(bpe.to_str())["model"]
    merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in model["merges"]]
    return sorted(model["vocab"], key=model["vocab"].get), merges


def build_bart(
    path: str | os.PathLike,
    *,
    d_model: int = 16,
    encoder_layers: int = 1,
    decoder_layers: int = 1,
    heads: int = 2,
    ffn: int = 32,
    max_positions: int = 128,
    vocab_size: int | None = None,
    num_beams: int = 2,
    seed: int = 0,
) -> Path:
    """Write a random-weight BartForConditionalGeneration + BartTokenizer into `path`.

    Special tokens as in facebook/bart: <s>=0, <pad>=1, </s>=2, <unk>=3, <mask> last.
    Generation settings follow sshleifer/distilbart-cnn-12-6 (min/max length scaled by
    max_positions / 1024, so they are 56/142 at the real 1024 positions).
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    tokens, merges = _train_bpe(ENGLISH, 600)
    vocab = _vocab(tokens, vocab_size, ["<mask>"])
    _write_json(vocab, path / "vocab.json")
    (path / "merges.txt").write_text(
        "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges), encoding="utf-8"
    )
    # transformers 5: BartTokenizer (= RobertaTokenizer) takes vocab=/merges=, not vocab_file=.
    tokenizer = BartTokenizer(vocab=vocab, merges=merges, model_max_length=max_positions)
    config = BartConfig(
        vocab_size=len(vocab),
        d_model=d_model,
        encoder_layers=encoder_layers,
        decoder_layers=decoder_layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn,
        max_position_embeddings=max_positions,
        bos_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
    )
    max_length = max(8, round(142 * max_positions / 1024))
    generation = GenerationConfig(
        num_beams=num_beams,
        max_length=max_length,
        min_length=min(max_length - 1, round(56 * max_positions / 1024)),
        no_repeat_ngram_size=3,
        length_penalty=2.0,
        early_stopping=True,
        bos_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_bos_token_id=0,
        forced_eos_token_id=2,
    )
    return _save(path, BartForConditionalGeneration, config, generation, tokenizer, seed)
