import { stemmer } from "stemmer";
import type { Rewriter } from "./glossary-rewriter.ts";

export type Tokenizer = (text: string) => string[];

const EN_STOP = new Set(
  (
    "a an the is are was were be been being am do does did doing have has had of to in on at for from by with " +
    "about as into like through over and or but if then than so that this these those it its i me my we our you " +
    "your they them what which who whom whose where how can could should would will shall may might must " +
    "there here any some all each every just also not no yes please tell explain show see look know anyone someone get got use " +
    "used using vs versus still really ok hey hi thanks thank need want way quick quickly easy easiest best " +
    // Small talk ("hey bot, how's your day?") names no topic; "day" matched an entry's "days" by chance.
    "bot day today doing morning good weekend lol haha cool nice great " +
    // Nodes are Linux unless a question says Windows; "on linux nodes" matched the entry contrasting the two.
    "linux " +
    // Contraction debris ("we're", "ssh'ing") and Slack filler.
    "re ve ll ing plz pls quickest fastest simplest " +
    // Filler adverbs ("what even is containerd?"): "even" matched an entry's "even when…".
    "even exactly actually basically literally honestly seriously anyway anyways btw kinda sorta"
  ).split(" "),
);

// Korean particles and endings, longest first, stripped from the end of a Hangul word.
const KO_SUFFIXES = [
  "이라는",
  "이라고",
  "에서는",
  "에서도",
  "으로는",
  "이랑은",
  "한테서",
  "이란",
  "이라",
  "에서",
  "에게",
  "으로",
  "이랑",
  "까지",
  "부터",
  "처럼",
  "보다",
  "하고",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "로",
  "와",
  "과",
  "랑",
  "도",
  "만",
  "란",
];

const KO_STOP = new Set(
  (
    "안녕하세요 안녕 정확히 정확하게 뭐야 뭐지 뭐임 뭔가요 뭔데 뭐에요 뭐예요 뭐 무엇 무엇인가요 무엇인가 뭘까 어떻게 어떤 어디 어디야 누가 알려줘 알려주세요 " +
    "설명해줘 설명해주세요 설명 궁금해 궁금합니다 질문 있나요 있어 있어요 없어 되나요 돼 되는 해 하나요 해요 인가요 " +
    "인가 건가요 거야 거에요 건지 그냥 좀 혹시 그럼 그리고 근데 요즘 지금 이거 저거 그거 이제 정말 진짜 다시 차이 " +
    // Question words say what kind of answer is wanted (intent), never what it is about.
    "어디서 어디에 어디로 어딨어 어딘가요 언제 언제야 왜 왜요 어케 어떡해 무슨 몇 " +
    // "괜찮음?" asks whether something is fine (yes/no), never what it is about.
    "괜찮아 괜찮음 괜찮나 괜찮나요 괜찮아요 괜찮은가요 괜찮을까요 괜찮은지 괜찮죠 괜찮습니까 " +
    // "뭐였지?", "뭐더라": the asker forgot what it was; the words carry no topic.
    "뭐였지 뭐였어 뭐였죠 뭐였더라 뭐였나 뭐더라 뭐였는지 "
  )
    .trim()
    .split(/\s+/),
);

// Bigrams of polite endings and greetings ("하세요", "해요", "합니다") match every
// entry's example questions and say nothing about the topic.
const KO_STOP_BIGRAMS = new Set(
  "괜찮 찮음 찮아 찮나 찮은 찮을 찮죠 찮습 하면 되면 됐어 됐나 했어 했나 세요 하세 해요 나요 까요 어요 아요 예요 에요 니다 습니 합니 는데 인가 가요 해줘 줘요 거야 건가 을까 할까 려줘 알려 주세 해주 안녕 녕하 돼요 되나 나여 나용 어야 해야 하나 하는 되는 있는 없는 어디 디서 디에 언제 뭐였 였지 였어 였죠 였더 더라 뭐에 뭐예".split(
    " ",
  ),
);

/**
 * Formal endings ("넣으려고 합니다", "설명 부탁드립니다", "알려주십시오", "바랍니다"): a question's
 * words that name no topic. Dropped from questions only; the knowledge's own words keep them,
 * so the index's statistics do not move.
 */
const FORMAL_ENDINGS: ReadonlySet<string> = new Set(
  "합니다 합니까 됩니다 됩니까 입니다 입니까 바랍니다 드립니다 부탁드립니다 주십시오 하십시오 있습니까 없습니까 했습니다 되었습니다 립니 십시 시오 랍니 바랍".split(
    " ",
  ),
);

/**
 * Hearsay and reported speech ("안 보인다는데", "뭘 쓰라고 해야 하나요", "깨진다고 하던데"): how the asker
 * heard of it, never what it is about. Like the formal endings, dropped from questions only.
 */
const HEARSAY_BIGRAMS = new Set(
  "다는 라는 냐는 다던 라던 던데 다고 라고 냐고 인다 는다".split(" "),
);
const HEARSAY_WORD = /^[\uac00-\ud7af]+(?:다는데|라는데|냐는데|다던데|라던데|다고|라고|냐고)$/;
const isHearsay = (token: string): boolean =>
  HEARSAY_BIGRAMS.has(token) || HEARSAY_WORD.test(token);

/** A question's word that only says how it is asked or heard of (formal endings, hearsay): dropped from questions only. */
export const asksNothing = (token: string): boolean =>
  FORMAL_ENDINGS.has(token) || isHearsay(token);

const HANGUL_RUN = /[\uac00-\ud7af]+/g;
const LATIN_TOKEN = /[a-z0-9]+(?:\.[0-9]+)*/g;

function stripParticle(word: string): string {
  for (const suffix of KO_SUFFIXES) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix))
      return word.slice(0, -suffix.length);
  }
  return word;
}

const KO_PARTICLES = new Set(KO_SUFFIXES);

/**
 * Bigrams inside each word. Spacing variants of domain terms ("컨테이너 런타임")
 * are joined by the glossary; bigrams across other word boundaries were measured
 * to add noise (verb endings) rather than recall.
 */
function hangulBigrams(words: string[]): string[] {
  const grams: string[] = [];
  for (const word of words) {
    for (let j = 0; j + 1 < word.length; j++) grams.push(word.slice(j, j + 2));
  }
  return grams.filter((g) => !KO_STOP_BIGRAMS.has(g));
}

function koreanTokens(text: string): string[] {
  // A particle left standing alone ("dockershim 이란" after the glossary rewrite) carries no meaning.
  const words = (text.match(HANGUL_RUN) ?? [])
    .filter((w) => !KO_PARTICLES.has(w) && !KO_STOP.has(w))
    .map(stripParticle)
    .filter((w) => !KO_STOP.has(w));
  // Two-syllable words are already their own bigram.
  return [...words.filter((w) => w.length >= 3), ...hangulBigrams(words)];
}

// Short CLI flags ("docker logs -f", "ps -a", "exec -it") tell commands apart; as plain words
// they were single letters or stop words ("it") and vanished.
const SHORT_FLAG = /(?<![\w-])-[a-z]{1,2}\b/g;

function latinTokens(text: string, keep: ReadonlySet<string>): string[] {
  const tokens: string[] = [];
  for (const raw of text.match(LATIN_TOKEN) ?? []) {
    // Single letters are contraction debris ("won't" -> "t"), never a topic.
    if (EN_STOP.has(raw) || /^[a-z]$/.test(raw)) continue;
    // Glossary canonicals, versions ("1.24") and ids stay as written; words are stemmed so "runtimes" meets "runtime".
    tokens.push(keep.has(raw) || !/^[a-z]+$/.test(raw) ? raw : stemmer(raw));
  }
  return tokens;
}

// How short an answer should be ("in one line", "한 줄로", "tl;dr") says nothing about its topic;
// left in, "line" pulled questions towards the CRI log-line entry.
const ANSWER_LENGTH =
  /\b(?:in |on )?(?:one|a single|1|two|three|a few|2|3) (?:line|sentence|word|bullet)s?\b|\btl;?dr\b|\beli5\b|\bbriefly\b|\bin short\b|\bsummar(?:y|ize|ise)\b|(?:한|두|세|[1-5]) ?(?:줄|문장)(?:로|으로)? ?(?:요약|정리)?|요약(?:해|좀)?/gi;

// A timestamp pasted from a log line ("2024-05-02T10:00:00Z") is when, never what: its pieces
// were unknown words that outweighed the rest of the question.
const TIMESTAMP =
  /\b\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}:?\d{2})?\b/gi;

// A number with a Korean counter ("작업시간 2시간", "노드 30대", "3번") is a quantity, not a version:
// "2" matched containerd 2's entry.
const KO_QUANTITY =
  /(?<![\w.])\d+(?=\s?(?:시간|분|초|대|개월|개|명|번째|번|일|주일|주|달|년|줄|배|회|가지|군데|곳|차례|퍼센트|%))/g;
// "all 40 of them", "200 nodes", "3 hours": how many, in English.
const EN_QUANTITY =
  /(?<![\w.])\d+(?=\s?(?:of (?:them|these|those|our|the)\b|(?:nodes?|servers?|machines?|workers?|clusters?|pods?|hosts?|boxes|vms?|instances?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|people|teams?|engineers?|devs?|percent)\b|%))/gi;

/**
 * The one tokenizer used for indexing and for queries, so both sides agree:
 * glossary rewrite, then English words (stemmed, stop words dropped) and Korean
 * words (particles stripped) plus Hangul bigrams for spacing-insensitive matching.
 */
export function createTokenizer(rewrite: Rewriter, canonicals: ReadonlySet<string>): Tokenizer {
  return (text) => {
    const plain = text
      .normalize("NFKC")
      .replace(ANSWER_LENGTH, " ")
      .replace(TIMESTAMP, " ")
      .replace(KO_QUANTITY, " ")
      .replace(EN_QUANTITY, " ");
    // Flags are read before the glossary rewrite, which spaces terms apart: "docker-ce"
    // would otherwise end in a flag "-ce".
    const flags = plain.toLowerCase().match(SHORT_FLAG) ?? [];
    const normalized = rewrite(plain);
    return [...flags, ...latinTokens(normalized, canonicals), ...koreanTokens(normalized)];
  };
}
