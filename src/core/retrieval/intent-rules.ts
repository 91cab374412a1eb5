import type { Intent } from "./intent.ts";
import { withAskedWhere, withDockerSub } from "./rule-words.ts";

// The wording rules that tell which kind of answer a question asks for (see intent.ts).

export interface Rule {
  readonly intent: Intent;
  readonly pattern: RegExp;
}

// Two readings of "the same role" differ on purpose: this one, and NAMES_COUNTERPART (rule-words.ts).
/**
 * The question asks which thing plays a role ("what plays that role on CRI-O?", "그런 역할 하는
 * 거 없어?"): the kind of answer is a comparison. "conmon이랑 containerd-shim 같은 역할이에요?"
 * does not ask for one — it asks yes or no, and is answered "네, …".
 */
export const ASKS_FOR_COUNTERPART =
  /(?:같은|그런|비슷한|그) ?역할을? ?(?:하는|맡는)|\bplays? (?:the |that |this )?(?:same )?role\b|\bcounterpart\b/;
/** Asking for steps in order ("순서대로", "step by step", "in order", "뭐부터"), alone or after a question. */
export const IN_ORDER =
  /(?:순서|단계)(?:대로|별로|로)|단계적으로|는 ?순서\s*(?:좀|알려|정리|부탁|요|\?|$)|순서 ?(?:좀 ?)?(?:정리|알려|부탁)|순서 ?좀\s*[?.!~ㅠㅜ]*\s*$|\bwhat(?:'s| is) the (?:full |right |correct |whole |proper )?(?:sequence|order)\b|\b(?:safe|right|correct|proper|best) order\b|\bin (?:what|which) sequence\b|\bsame steps\b|(?:순서|절차|단계)(?:도|는)? ?(?:똑같|같아|같은가|동일)|\bin (?:the )?(?:right |correct |proper )?order\b(?! to\b)|\bstep[- ]by[- ]step\b|(?:뭐|뭘|무엇)부터|뭘 ?먼저|\bwhat (?:do|should) (?:i|we) do first\b|\bwhere (?:do|should) (?:i|we) (?:start|begin)\b/;

/**
 * Ordered: the first rule that matches wins. Specific asks ("docker ps 대신 뭐 써요"
 * is a command lookup, not a replacement) come before general ones.
 */
export const RULES: readonly Rule[] = [
  // A question that opens with "why" asks why, whatever "when" or "which" follows.
  { intent: "reason", pattern: /^(?:(?:so|and|but|ok|okay|hmm|then),? )?(?:why|how come)\b/ },
  // "컨테이너 어디감??", "where did all my containers go?": what became of them, not a path.
  {
    intent: "reason",
    pattern:
      /(?:컨테이너|파드|이미지|containers?|pods?|images?)\S{0,4}\s?(?:다\s?)?어디\s?(?:감|갔|간\s?(?:거|건|걸))|\bwhere(?:'d| did| have| have all| did all) (?:they|(?:all )?(?:of )?(?:my|the|our|those|these) (?:containers|pods|images))\b.{0,30}\bgo(?:ne)?\b/,
  },
  // "If I restart containerd, do running containers die?": a condition, then a yes/no question.
  {
    intent: "yesno",
    pattern:
      /^(?:so |and |but |ok |hmm )?(?:if|when(?! (?:exactly |actually |roughly )?(?:was|were|did|is|are|will|does|do)\b)|after|once) (?![^?]*\b(?:how|what|where|which|why|who|when)\b)[^?]{3,80}?,? (?:do|does|did|will|would|can|could|is|are|should) [\w-]+\b/,
  },
  // A question that opens with "when did" or "since which version" asks for a time, whatever follows ("…instead of runc").
  {
    intent: "time",
    pattern:
      /^(?:(?:so|and|but|ok|okay|hmm|then),? )?(?:when (?:exactly |actually |roughly )?(?:did|was|were|will|does|is|are|do)|since (?:when|which|what)|(?:in |from |as of )?(?:which|what) (?:\S+ ){0,2}(?:version|release)s? (?:did|was|were|is|are|first|still|finally|removed|dropped|added|made|started|stopped))\b/,
  },
  // "upgrade first or switch first?", "before or after the upgrade?", "업그레이드 먼저예요 전환 먼저예요?":
  // which of two steps comes first asks when, not whether.
  {
    intent: "time",
    pattern:
      /\b(?:before or after|after or before)\b|\bfirst\b[^?]{0,60}\bor\b[^?]{0,60}\bfirst\b|먼저[^?]{0,40}먼저|(?:전에|먼저)\S{0,2}\s?(?:아니면|or)\s?(?:\S+\s)?(?:후에|뒤에|다음에|나중에)/,
  },
  // "at what point in the upgrade do we switch?", "업그레이드 중 어느 시점에?": a moment in a sequence is a time.
  { intent: "time", pattern: /\bat (?:what|which) (?:point|stage)\b|어느 ?시점/ },
  // "node went NotReady, where do I look first?", "뭐부터 봐?", "what should I check first?": where
  // to start looking at a failure is a check, not the place of a file nor the steps of a task.
  {
    intent: "check",
    pattern:
      /\bwhere (?:do|should|can) (?:i|we) (?:even )?(?:look|start looking)(?: first)?\s*[?.!]*\s*$|\bwhat (?:should|do|would) (?:i|we) (?:check|look at) first\b|\bwhat to (?:check|look at) first\b|(?:뭐|뭘|무엇|어디)부터 ?(?:봐|보면|봐야|확인|체크|살펴)/i,
  },
  // A tool that lacks something, then "what do we use": an alternative, not a command of that tool.
  {
    intent: "replacement",
    pattern:
      /\b(?:has no|have no|doesn'?t have|does not have|(?:can'?t|cannot)(?! (?:find|see|pull|reach|connect|start|load)\b)|won'?t|no longer)\b.{0,60}\bwhat (?:do|should|can|would) (?:\S+ )?(?:use|run|pick)\b|(?:안 ?되|안돼|없던|없는데|없다|못 ?쓰|못 ?써|못 ?한).{0,40}(?:뭐|뭘) ?(?:써|쓰)/,
  },
  // "fine to leave?", "ok to keep it?", "safe to upgrade now?": whether something is all right to
  // do, asked as a bare adjective, is a yes or no.
  {
    intent: "yesno",
    pattern:
      /(?:^|[.!?:;,—-]\s*)(?:(?:is it|it's|is that|are we|we're|still) )?(?:fine|ok|okay|safe|good|alright|all right)(?: to (?!do\b)\w+(?: (?:it|them|this|that|as is|as (?:it|they) (?:is|are)|alone|now|there|on))*)?\s*\?+\s*$/i,
  },
  // Korean yes/no endings that confirm a statement ("…해야 되는 거 맞죠?") win over the method words inside it.
  {
    intent: "yesno",
    pattern:
      /^(?!.*(?:뭐|무엇|뭘|왜|언제|어디|어떻게|어케|어떤|어느|몇|무슨)).*(?:맞죠|맞나요|맞아요?|맞지|맞음|맞냐|맞는 ?거죠|거 ?맞\S*|(?:면|도|로) ?(?:됨|되나요|되나|돼요?|되죠|될까요?|되는 ?(?:거죠|거지|건가요?|거예요|거에요)))\s*\?*\s*$/,
  },
  // "podman으로 다시 빌드해야 해?": whether something must be done, with no question word, is a yes or
  // no, even after "…돌리려면" (which otherwise reads as asking for a way).
  {
    intent: "yesno",
    pattern:
      /^(?!.*(?:뭐|뭔|무엇|뭘|왜|언제|어디|어떻게|어케|어캐|어떤|어느|몇|무슨|순서|절차|단계|방법)).*[\uac00-\ud7af](?:야|어야|아야|해야) ?(?:해|돼|되나요?|하나요?|함|됨|되냐|하냐|합니까|되죠|하죠|되는 ?거야|하는 ?거야|되는 ?건가요?|하는 ?건가요?)\s*\?+\s*$/,
  },
  // "kind 클러스터는 런타임 뭐 씀?": which runtime something runs is what it is, not what replaced it.
  {
    intent: "definition",
    pattern:
      /^(?!.*(?:대신|대체|말고|없어|빠지|빠졌|지우|바꾸|바꿔|이제|instead)).*(?:런타임|runtime)\S{0,3}\s*(?:으로|로|은|는|이|가)?\s*(?:뭐|뭘|무엇|어떤 ?거)\s*(?:씀|써|써요|쓰나요|쓰냐|쓰지|쓰는 ?거|사용)/,
  },
  // "CRI 로그 한 줄이 어떻게 생겼어?", "what does a CRI log line look like?": its shape, not steps.
  {
    intent: "definition",
    pattern:
      /(?:어떻게|어케) ?생겼|생김새|\bwhat does (?:an? |the |one )?[\w.-]+(?: [\w.-]+){0,3} look like\b/,
  },
  // "runc는 어디 속해?", "which layer does runc belong to?", "where does runc sit in the stack?": what
  // kind of thing it is, not a place (a socket or file that "sits" somewhere is still a place).
  {
    intent: "definition",
    pattern:
      /어디(?:에)? ?속(?:하|해|함|한)|어디 ?소속|어느 ?(?:쪽|계층|층|레이어|단계|부류)에? ?(?:속(?:하|해|함|한)|들어가)|\b(?:which|what) (?:layer|category|level|tier|group|bucket) (?:does|do|is|are) .{1,40}\b(?:belong|fit|sit|fall|go)\b|\bwhere (?:does|do) (?![^?]*\b(?:socket|file|config|logs?|binary)\b).{1,30} (?:fit|belong|sit)(?: in)?\b|^(?:(?:so|and|ok|hey),? )?what (?:is|are|'s) (?:the |these |those |this |that |all )?(?:`?[\w.-]+`? ){1,3}(?:containers? |processes? |things? )?(?:i|we) (?:see|saw|get|got|found|notice|noticed)\b/,
  },
  // "엔드포인트 고정하려면 어디 설정?": where a setting goes, even when crictl is named.
  {
    intent: "location",
    pattern:
      /어디(?:에|에다|다|서)? ?(?:설정|지정|넣|적|둬|두|써|박|고정)|(?:어떤|무슨|어느) ?값(?:을|이|으로)? ?(?:넣|적|써|줘|주|지정|설정)|\bwhat value (?:do|should|would|goes|to)\b|\bwhere (?:do|should|can|would) (?:i|we|you) (?:set|put|configure|pin|change|define|specify)\b|\bpoint (?:\S+ ){1,3}(?:at|to) (?:the |a |another |a different )?\S+ (?:socket|endpoint|sock)\b|(?:바라보게|가리키게) ?(?:하려면|하는|설정|바꾸)/,
  },
  // "--cri-socket 에 뭐 넣어야 돼?", "endpoint 값 뭐로 줘야됨?", "what do I pass to kubeadm join
  // --cri-socket?", "what's the field for the CRI socket?": the value a flag, socket or field takes
  // is where it is set, not what the setting is ("대신 뭐 넣어?" still asks for a replacement, and
  // "순서 … 엔드포인트는 뭘로?" for the steps).
  {
    intent: "location",
    pattern:
      /^(?!.*(?:대신|instead|순서|절차|\bsteps?\b|procedure))(?=.*(?:\s--[a-z]|endpoint|엔드포인트|socket|소켓|annotation|어노테이션|\bfield\b|필드)).*(?:(?:뭐|뭘|무엇을?)\s?(?:넣|적어|적으|줘야|줘\?|지정해)|(?:뭘로|뭐로|무엇으로) ?(?:줘|주|넣어|넣으|적어|적으)|\bwhat (?:do|should|would) (?:i|we|you) (?:pass|put|set|give|write|enter|specify) (?:to|in|into|for|as|on)\b|\bwhat(?:'s| is) the (?:[\w.-]+ ){0,3}(?:field|key|value|param(?:eter)?)(?: name)? for\b)|(?:무슨|어떤|어느) ?키(?:야|예요|에요|인가|임)/i,
  },
  // "endpoint 어떻게 지정함?", "crictl은 그 소켓에 어케 붙여", "how do I tell crictl which socket to
  // use?": how to point a tool at a socket is where that socket is set.
  {
    intent: "location",
    pattern:
      /(?:엔드포인트|endpoint|소켓|socket)\S{0,3}\s*(?:\S+\s)?(?:어떻게|어케|어캐)\s*(?:지정|설정|붙|연결|잡|바꾸|바꿔|맞추|맞춰)|\bhow (?:do|can|should) (?:i|we|you) (?:(?:set|specify|point|give) (?:\S+ ){0,3}(?:(?:which|what|the|a|its) )?|tell (?:crictl|ctr|nerdctl|(?:the )?kubelet|it|them) (?:which|what|the|a|its) )(?:runtime )?(?:endpoint|socket)\b/i,
  },
  // "minikube를 cri-o로 띄우려면 옵션 뭐였지": the option a local cluster is started with is its
  // command line (a kubelet's options are settings).
  {
    intent: "command",
    pattern:
      /(?:minikube|미니큐브|\bkind\b|k3s).{0,30}(?:띄우|띄울|시작하|시작할|실행하|실행할|켜|켤|만들)\S{0,2}\s?(?:(?:려면|때|고 ?싶은데|고 ?싶으면)\S{0,2}\s.{0,12}|는\s?)(?:옵션|플래그)/,
  },
  // "crictl 설정해서 목록 보는 것까지 순서대로 알려줘": asking for it in order wants steps, whatever tool
  // is named; "뭐부터 하면 됨?", "what do I do first?" ask where the steps start.
  { intent: "procedure", pattern: IN_ORDER },
  // "소켓 매번 안 적으려면?", "without passing the endpoint every time", "make crictl talk to crio":
  // where to set the socket once, even when crictl is named.
  {
    intent: "location",
    pattern:
      /^(?=.*(?:매번|\b(?:every|each) (?:time|call|command|run)\b))(?=.*(?:소켓|엔드포인트|endpoint|socket|옵션|플래그|\bflag)).*|\bmake (?:crictl|ctr|nerdctl|(?:the )?kubelet) (?:talk|connect|point|go) to\b/i,
  },
  // "How do I tell which driver the kubelet vs containerd uses?" checks, whatever it compares.
  {
    intent: "check",
    pattern:
      /^(?:(?:so|and|but|ok|okay|hey|fine|alright|right|cool|got it|thanks),? )?how (?:do|can|could|would|should) (?:i|we|you) (?:tell|check|verify|confirm|know|find out)\b|\b(?:quick |easy |fast |fastest |best |simple |a )?way to (?:tell|check|verify|confirm|see|find out|find|list|spot)\b|(?:어떻게|어케) ?확인|어디서 ?확인|확인 ?(?:어떻게|어케)|확인(?:하는|할|하고)\S{0,2} ?(?:\S+ )?(?:법|방법)|확인하려면/,
  },
  // "proper way to add an insecure registry": asking for the right way to do something wants steps.
  {
    intent: "procedure",
    pattern:
      /\b(?:proper|right|correct|best|recommended|cleanest|clean|supported|official|safest|safe|preferred|standard) way (?:to|of) (?!(?:tell|check|verify|confirm|see|find|list|spot|view|inspect|pull|prune|exec|tail)\b)\w+/,
  },
  // "그럼 뭐로 봐야 돼?": with what to look is a tool's command.
  // ("도커로 보던 거 뭘로 봐요?" asks what replaces it, and "뭘로 확인해?" how to check.)
  { intent: "command", pattern: /^(?!.*(?:던|었|았)\s).*(?:뭐|뭘|무엇)으?로 ?(?:봐|보|들여다)/ },
  // "crictl로 보려면 뭐 설정해?": what to set up before a tool works is the setup's steps.
  { intent: "procedure", pattern: /(?:뭐|뭘|무엇을?)\s?(?:설정|세팅)\s?(?:해|하|함|필요)/ },
  // "crictl logs 뒤에 뭐 넣어야돼?", "what goes after crictl logs?": a command's argument is the command.
  {
    intent: "command",
    pattern:
      /(?:뒤에|다음에)\s?(?:뭐|뭘|무엇을?)\s?(?:넣|붙|줘|주|써|쓰|적)|\bwhat (?:goes|do (?:i|we|you) (?:put|pass|type)|should (?:i|we) (?:put|pass|type)) after\b|\bwhat (?:args?|arguments?|params?|parameters?) does\b/,
  },
  // "그럼 CRI-O 노드에서 디버깅은 뭘로?": "with what?" and nothing after it asks for the tool
  // ("id도 바뀜? 뭐로?" asks what it became); "nvidia-ctk 명령 정확히?" for the command as typed.
  {
    intent: "command",
    pattern:
      /^(?!.*(?:대신|대체|말고|바뀌|바뀜|바뀐|바꿔|바꾸|변경))(?:.*(?:뭐|뭘|무엇)으?로\s*[?!.~]*\s*$)|명령어?\s?(?:가\s?|이\s?)?(?:정확히|정확하게)|정확한\s?명령/,
  },
  {
    intent: "command",
    pattern: withDockerSub(
      /(?:\b(?:docker\s+DOCKER_SUB|(?:ctr|crictl|nerdctl|kubectl)\s+(?!(?:has|have|had|is|are|does|doesn|can|cannot|won|only|and|or|lacks|itself)\b)[a-z-]+)\b.*(?:equivalent|instead|replacement|counterpart|대신|대체|말고 ?(?:뭐|뭘|다른|어떤)|뭐 ?써|뭘 ?써|어떤 명령|명령어))|(?:(?:equivalents?|counterparts?)\s+(?:of|for|to)\s+`?(?:docker|ctr)\b)|(?:\b(?:crictl|ctr|nerdctl)\s+(?:version|way|flavou?r|form)\s+(?:of|for|to)\s+`?docker\s+DOCKER_SUB\b)|(?:\bwhich (?:command|cli)\b)|(?:(?:무슨|어떤|어느) ?(?:명령|커맨드|cli))|(?:명령어(?:는|가)? ?(?:뭐|뭔|무엇))|(?:\b(?:crictl|ctr|nerdctl)\b.*(?:보기|보려면|보는|지우|삭제|들어가|접속|명령|(?:뭐|뭘)로 ?(?:해|함|하)))|(?:\bwith (?:crictl|ctr|nerdctl)\b)|(?:^(?:ctr|crictl|nerdctl)\s+(?:to|for)\s+[a-z]+)|(?:(?:instead of|equivalent (?:of|for|to)|counterpart (?:of|for|to))\s+(?:the )?`?docker DOCKER_SUB\b)|(?:(?:도커|docker) ?명령(?:어)?(?:들)? ?(?:대신|대체))|(?:instead of (?:the )?docker (?:cli|commands?))|(?:\b(?:crictl|ctr|nerdctl) (?:command|cmd)s?\b)|(?:\b(?:what|which)(?:'s| is)? (?:the )?(?:\S+ )?(?:command|cmd)s?\b)|(?:\b(?:command|cmd) (?:to|for|that|which)\b)|(?:\b(?:is there|are there|any)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:tool|utility|cli|script|flag|option|command|cmd|env(?:ironment)? var(?:iable)?)s?\s+(?:to|that|which)\b)|(?:\b(?:is there|are there|any)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:flag|option|command|cmd|env(?:ironment)? var(?:iable)?)s?\s+for\b(?!.*\b(?:instead|replac)))|(?:\benv(?:ironment)? var(?:iable)?s?(?: name)?\s+(?:to|for)\b)|(?:^(?!.*(?:대체|대신)).*(?:명령어?|커맨드|플래그|옵션|툴|도구|환경 ?변수)(?:가|이|는|도)?\s*(?:따로\s*)?있(?:어요|음|나요|어|을까요?|습니까|냐|니)?\s*\?*\s*$)|(?:\bgive me (?:the |a )?(?:command|cmd|one-?liner)\b)|(?:(?:보는|보려면|보기|지우는|지우려면|삭제하는|확인하는|쓰는|치는|하는|같은) ?(?:명령|커맨드))|(?:명령(?:어)? ?(?:알려|좀|뭐|뭔))|(?:는 ?(?:명령|커맨드))|(?:(?:명령|명령어|커맨드)\s*\?*\s*$)|(?:\b(?:delete|remove|clean up|clear) (?:all |the )?(?:unused |old |dangling |stale )?images?\b)|(?:(?:뭐|뭘|뭔|무슨) ?(?:쳐|치|입력))|(?:\bdocker\s+DOCKER_SUB\b.*(?:같은|처럼|에선|에서는|로는|으로는))|(?:\bdocker\s+DOCKER_SUB\b.*(?:=|→|->)\s*\?*\s*$)|(?:\bdocker\s+DOCKER_SUB\b,?\s+(?:but|except|only) (?:for|on|with|into|in|to)\b)|(?:\b(?:crictl|ctr|nerdctl)\b(?!.*(?:중에?\s|나아|낫|좋아|\bvs\b|세팅|셋업|설치))(?=.*(?:어케|어떻게|하려면|뽑|써|씀|쓰)))|(?:\bdocker\s+DOCKER_SUB\b.*\b(?:containerd|cri-?o|crictl|ctr|nerdctl) (?:way|equivalent|version|flavou?r)\b)|(?:(?:옵션|플래그)\S{0,2} ?(?:뭐|뭘|무슨|어떤)? ?(?:줘|주면|주나|붙여|붙이|붙임|넣어|달아))|(?:\bwhat (?:flags?|options?|args?|arguments?) (?:do|should|would|can) (?:i|we|you) (?:pass|add|give|use)\b)|(?:\bhow (?:do|can|would|should) (?:i|we|you) (?:list|view|look at|inspect|import|export|pull|pre-?pull|prune|exec|tail|follow|stream|get into|shell into|clean up)\b)|(?:\bhow to (?:list|view|look at|inspect|import|export|pull|pre-?pull|prune|exec|tail)\b)|(?:\bwhat (?:should|do|can) (?:i|we) (?:run|type)\b(?! (?:on|in) (?:the |our |my |each |every )?(?:nodes?|clusters?|workers?)\b(?! (?:itself|themselves|directly|locally|to (?:see|list|find|check|get|show|look)\b))))|(?:(?:뭘|뭐|무엇을|무슨 ?명령을?) ?실행해)/,
    ),
  },
  // "what if we went CRI-O instead, what's the endpoint then?": the place asked for last decides.
  {
    intent: "location",
    pattern:
      /\bwhat(?:'s| is| would be| will be) (?:the |its |their )?(?:socket|endpoint|path|config file|file|directory)(?: path)?(?: then| now| there)?\s*\?*\s*$/,
  },
  // "docker ps -a 는 crictl로 뭐임": a docker command asked in another CLI's terms is that CLI's command.
  {
    intent: "command",
    pattern: withDockerSub(
      /\bdocker\s+DOCKER_SUB\b.*\b(?:crictl|ctr|nerdctl)\s?(?:으로|로|에선|에서는|에서)\s?(?:는\s?)?(?:뭐|뭘|뭔|무슨|어떻게)/,
    ),
  },
  // "dockershim is gone, so what goes in its place?": what stands where something was.
  {
    intent: "replacement",
    pattern:
      /\b(?:go(?:es)?|went|comes?|sits?|steps?|put) in(?:to)? (?:its|their|that's|[\w.-]+'s) place\b/,
  },
  {
    intent: "replacement",
    pattern:
      /^(?!.*\bhow (?:do|can|should|would) (?:i|we|you)\b).*\b(?:replac\w*|instead of|instead|successor|(?:took|takes?|taking) (?:its|\S+ )?place|(?:took|takes?|taking) over (?:from|for)|in place of|alternatives? (?:to|for)|what (?:do|should|can) (?:i|we) use now|what (?:do|should|can|would) (?:i|we) use (?:once|when|after|if|now that)\b|what (?:should|do|does|can) \S+ (?:use|run|call|type) (?:now|instead)|what (?:should|do|can) (?:our|my|the|their) [\w-]+ use(?=\s+(?:then|now|instead)\b|\s*\?|\s*$)|what (?:do|should) (?:i|we) (?:change|set|switch|move|migrate) .{0,50}\bto\b|what(?:'s| are| is) (?:our|my|the) (?:options?|alternatives?)\b|\b(?:gone|removed|archived)\b.{0,40}\bwhat (?:do|does|sits|runs|should|is)\b|now that .{0,40}\b(?:is|are) (?:gone|removed)|moved? to what|what now)\b|대신|대체|(?:뭘로|뭐로|무엇으로) ?바꿔(?!야)|(?:던 ?(?:거|것|게)|보고 ?있었는데|였는데|이었는데).{0,40}(?:뭐|뭘|무엇)|(?:그 ?)?자리(?:에|엔|에는|에선) ?(?:\S+ )?(?:뭐|뭘|무엇|어떤|누가)|(?:없어지|없어졌|없어진|사라지|사라졌|지워야|지우면|지우라는데|빠지면|빠졌으면|빼라는데|빼라고|빼래서|빼면|뺐으면|뺐는데).{0,40}(?:뭘로|뭐로|무엇으로)|뭘로 바꿨|뭐로 바꿨|(?:뭘로|뭐로|무엇으로) ?(?:바뀌|바뀜|바뀐|바꼈)|(?:뭘로|뭐로)(?:들)? ?(?:해야|하면|하나|함\b|해\s*\??\s*$|해요\s*\??\s*$)|\S+ 말고 (?:요즘 |다른 )?.{0,20}(?:뭘로|뭐로|뭐 ?써|뭘 ?써)|후속|대안|선택지|(?:뭘로|뭐로) ?(?:가야|옮겨야|넘어가야|대신)|(?:못 ?쓴|못 ?써|지원 ?안|지원이 ?끝|안 ?된다).{0,40}(?:뭘로|뭐로|무엇으로)|뭘 써야|뭐 써야|(?:뭘|뭐|무엇을) ?(?:깔아야|설치해야|끼워야|붙여야)|뭘로 갈|뭐로 갈|뭐 쓰면|뭘 쓰면|(?:뭐|뭘) ?(?:써|씀|쓰나요|써요)\s*\?*\s*$|\b[\w.-]+-like (?:cli|tool|command|runtime)s?\b/,
  },
  // "containerd 쪽엔 그런 역할 하는 거 없어?", "what plays that role on CRI-O?": a counterpart is
  // asked for, whatever yes/no wording carries it.
  { intent: "comparison", pattern: ASKS_FOR_COUNTERPART },
  {
    intent: "comparison",
    pattern:
      /\bvs\.?\b|\bversus\b|\bdifferen\w*\b|\bdiffer\b|\bcompar\w*\b|\bhow (?:is|are|does) .+ different\b|\bwhich (?:one )?(?:is )?better\b|^(?:should (?:i|we) (?:use|pick|go with) )?[\w.-]+ or [\w.-]+\b|\bwhich (?:one|should (?:i|we) (?:use|pick|choose)|to (?:use|pick|choose))\b|차이|비교|다른 ?점|뭐가 ?다름|관계가? ?(?:뭐|어떻게)|\bhow (?:are|is) .{1,40} related\b|뭐가 ?달라(?![지져])|뭐가 ?다르|뭐가 ?다른 ?(?:거|건|가|지|데|거야|건가|거죠|거예요|거에요)|\bdiff (?:between|btw)\b|어떻게 ?달라|어떻게 ?다르|뭐가 ?나아|아니면|중에.{0,15}(?:뭐|뭘|어느|어떤)|(?:랑|이랑|와|과|하고) ?\S+ ?중 ?(?:뭐|뭘|어느|어떤)|뭐가 ?좋아|어느 ?게 ?나|어떤 ?게 ?나|각각(?!.*(?:언제|몇 ?버전|어디))|\b(?:go with|use|pick|choose|move to) [\w.-]+ or [\w.-]+\b|예전.{0,12}(?:랑|과|와|하고) ?(?:지금|요즘|새)|\bold (?:and|vs\.?) new\b|\bbefore and after\b|\bhow(?:'s| is| are) (?:that|it|this|they) different\b/,
  },
  {
    intent: "check",
    pattern:
      /\bhow (?:do|can|could|would|should) (?:i|we|you) (?:actually |just |quickly |even |reliably )?(?:tell|check|know|verify|find|see|confirm|detect|figure out|list)\b|\bchecklist\b|\bhow to (?:tell|check|verify|find|see|confirm|detect|list)\b|\b(?:check|verify|tell|find out|confirm) (?:if|whether|which|what)\b|\bwhich runtime (?:is|are|does|do) (?:my|our|the|this)\b|확인|알 ?수 ?있|알아보|알아내|어떻게 ?알|판별|구별|구분|체크|검증|(?:어떻게|어케) ?(?:봐|봄|보나|보면|보죠|보지|보는지)|(?:뭔지|인지|는지|은지).{0,20}(?:봐|보는|보려면|볼|봄|알(?!려))|찾기|어케 ?(?:봐|봄|보|알|확인)|\b(?:way|how) to (?:confirm|check|verify|tell)\b|찾는 ?(?:법|방법)|찾으려면|(?:뭘|뭐를?|어디를?) ?(?:봐야|보면 ?(?:돼|되)|확인해야)|찾아내|찾아보|(?:골라|가려|추려) ?(?:내|낼|보)/,
  },
  // "소켓 경로가 어떻게 돼?" asks for the path, not what happens.
  {
    intent: "location",
    pattern:
      /(?:경로|위치|소켓 ?주소|(?:기본|default|설정하는|넣는|적는|쓰는) ?(?:소켓|엔드포인트|\bkey|키)|파일 ?위치|설정 ?파일|섹션|설정 ?키)(?:이|가|는|은)? ?(?:어떻게 ?(?:돼|되|됨)|뭐)/,
  },
  // "절차 어떻게 돼?", "order of ops": a word for steps outweighs the "what happens" phrasing around it.
  {
    intent: "procedure",
    pattern:
      /절차|순서|\bsteps\b|\bprocedure\b|\b(?:a |the |our )?plan (?:for|to) (?:upgrad|migrat|mov|switch|roll)\w*|\border of (?:ops|operations)\b|\bstep[- ]by[- ]step\b|\bwhat(?:'s| is) the order\b|\border (?:for|to) (?:move|moving|migrat|switch|convert|upgrad)|\b(?:in )?what order\b|\bwhich order\b|\brunbook\b|\bplaybook\b|\bsequence\b|\bnext steps?\b|\b(?:full|whole|end-to-end|complete|entire) (?:loop|flow|workflow|process)\b|\bworkflow\b|(?:전체|전반적인|처음부터 끝까지) ?(?:과정|흐름)|(?:가는|하는|까지의?) ?흐름|흐름 ?(?:좀|알려|정리)|(?:그 ?)?다음에? ?(?:뭐|뭘) ?(?:해야|하면|해)/,
  },
  {
    intent: "impact",
    pattern:
      /\bwhich (?:of (?:those|these|them|our \w+)|ones?) (?:\w+ )?(?:break|breaks|will break|would break|stop working|fails?)\b|\bwhat (?:exactly |actually |really )?(?:happens|happened|will happen|would happen|breaks|will break|changes|changed|will change|stops?|is affected)\b|\b(?:anything|something|any [\w-]+) (?:else )?(?:that(?:'ll| will| would| might)? )?(?:break|breaks|bites?|changes?|stops? (?:working|pulling|running|starting)|fails? to|won't (?:work|pull|run|start))\b|\bhappen(?:s|ed)? to\b|\bimpact\b|\bwhat(?:'s| is| are) (?:the )?(?:actual |real |main |biggest |big )?risks?\b|\bwhat (?:do|does|will|would) (?:\S+ ){0,3}(?:have|need) to change\b|\bchange anything\b|(?:안 ?되는|못 ?받는|깨지는) ?(?:거|게|것)(?:이|가)? ?(?:생기|생긴|있)|\b(?:watch out|gotchas?|caveats?|pitfalls?|be careful)\b|조심할|조심해야|주의할|주의점|주의 ?사항|유의할|유의점|유의 ?사항|\bwhat (?:does|will|would) (?:that|this|it|the [\w.-]+(?: [\w.-]+)?) mean for\b|\baffect(?:s|ed)?\b|(?:면|으면|라면)\s(?:\S+\s)?(?:뭐가|무슨) ?문제|\b(?:if|when)\b.{3,80}\bwhat(?:'s| is| would be) the (?:problem|issue|harm|risk)\b|어떻게 ?되|어떻게 ?돼|어떻게 ?됨|날아가|날아감|날라가|무슨 ?일(?!\s?(?:을\s?)?(?:해|하|함|합))|달라진 ?(?:게|거|것)|어케 ?(?:되|돼|됨)|영향|깨지|깨져|깨짐|막히|막혀|터지|터질|터져|터짐|망가|문제 ?(?:생|있|되)|뭐가 ?바뀌|뭐가 ?달라지|뭐가 ?달라져|달라지는|안 ?돌아가|멈춰|멈추/,
  },
  // A request that starts with a verb: "verify the migration worked", "change minikube's runtime".
  { intent: "check", pattern: /^(?:verify|check|confirm|find out|find|detect|list)\b/ },
  // "exec into a container on the node without docker?": a CLI verb first asks for the command.
  {
    intent: "command",
    pattern:
      /^(?:exec|shell|tail|pull|pre-?pull|prune|import|export|inspect|attach|port-forward)\b/,
  },
  {
    intent: "procedure",
    pattern:
      /^(?:change|load|install|set ?up|configure|switch|migrate|move|enable|disable|remove|delete|add|upgrade|build|run|use|roll ?back)\b/,
  },
  // "Where do I configure…" asks for a place, even though it says "configure".
  {
    intent: "location",
    pattern: withAskedWhere(
      /ASKED_WHERE|\bsection\b|\blocation\b|\b(?:config|format|schema) version\b|설정 ?(?:파일 ?)?버전|어디|어딨|(?:뭘로|뭐로|무엇으로) ?(?:바꿔야|설정|지정|넣어야|적어야|맞춰야|맞춰|맞추)|어느 ?섹션|어떤 ?섹션|(?:어느|어떤|무슨) ?(?:디렉터리|디렉토리|폴더|경로|위치)|필드 ?(?:이름|명)|필드명|키 ?(?:이름|명)|(?:옵션|플래그)(?:이|가|는|은)? ?(?:뭐|뭔|무엇)|(?:어떤|무슨|어느) ?(?:옵션|플래그)/,
    ),
  },
  // "how do I actually see the kubelet flags?", "how do I side-load a tarball?", "이미지
  // 목록 보려면?": one thing to see or fetch is a command, not a procedure (asking which or whether
  // is a check, matched before).
  {
    intent: "command",
    pattern:
      /\bhow (?:do|can|would|should) (?:i|we|you) (?:actually |just |quickly |even )?(?:see|view|list|dump|print|show|display|tail|follow|watch|side-?load|exec|attach)\b(?!.*\b(?:which|whether|if)\b)|(?:목록|로그|플래그|명령줄|커맨드라인|PID)\S{0,2}\s?(?:\S+\s)?(?:보려면|볼려면|뽑으려면)|따라가면서 ?(?:보려면|볼려면)/i,
  },
  {
    intent: "procedure",
    pattern:
      /\bsteps?\b|\bprocedure\b|\bset up\b|(?<!\b(?:a|an|our|my|the|this|that|your|supported|current|same|whole|local|existing|dev|test|lab|home) )\bsetup\b|\binstall(?:ing)?\b|\bconfigur(?:e|ing)\b|\broll ?back\b|\bguide\b|\bwalk me\b|\bhow (?:do|can|should|would) (?:i|we|you)\b|\bhow to\b|\bmigrat(?!ed\b)\w* (?:a |my |the |our )?(?:node|cluster)|순서|방법|절차|는 ?법|하는 ?방|(?:어떻게|어케|어캐) ?(?:해|하|함|바꾸|바꿔|옮기|옮겨|설정|전환|설치|넣|지우|보|봐|써|쓰|올리|마이그|롤백|되돌|고치|고쳐|고침|고칠|해결)|려면|하면 ?돼|법 ?알려|가이드/,
  },
  {
    intent: "location",
    pattern: withAskedWhere(
      /ASKED_WHERE|\bwhich (?:file|path|directory|dir|key|section|setting|option|flag|socket)\b|\bwhat(?:'s| is) the (?:default |usual |standard )?(?:[\w.-]+ )?(?:endpoint|socket(?: path)?|config path)\b|뭐라고 ?(?:적|써|넣)|^(?:the )?(?:default )?(?:cri )?(?:sockets?|socket paths?|endpoints?|config(?:uration)? files?)\s+(?:for|of|on)\b|\bwhat (?:file|path|directory|key|section|setting|option|flag|socket)\b|\b(?:socket|file|config|pipe|directory|install) path\b|\b[\w.-]+ (?:dir|directory|folder|path)s?\s*\?|\bconfig(?:uration)? (?:file|key)\b|어디|(?:소켓|파일|설정|파이프|설치) ?경로|경로(?:가|는)? ?(?:어디|뭐)|위치|(?:어느|무슨|어떤) ?(?:파일|소켓|엔드포인트)|파일(?:은|이|명)|설정 ?(?:키|값|항목)|어떤 ?키|소켓 ?주소/,
    ),
  },
  {
    intent: "time",
    pattern:
      /(?<!(?:^|[.!?]\s+)(?:so |and |but )?(?:is|isn'?t|are|aren'?t|does|doesn'?t|do|don'?t|can|can'?t|will|won'?t|would|should)\b[^.!?]*)(?<!\bback )\bwhen\b(?! \w+ing\b)|\bwhich (?:\S+ )?(?:version|release|minor)\b|\bwhat (?:\S+ ){1,3}(?:version|release)\b|\b(?:last|first|latest|newest) (?:\S+ )?(?:version|release|minor)s?\b|\b(?:min|minimum|required) (?:\S+ )?versions?\b|\bwhat (?:\S+ )?(?:version|release|year)\b|마지막 ?버전|\bsince (?:which|what)\b|\bin which (?:version|release)\b|\btimeline\b|언제|몇 ?버전|몇 ?(?:깔|설치|써야|올려야|맞춰)|버전이? ?몇|어느 ?버전|몇 ?년|무슨 ?버전|어떤 ?버전|버전부터|몇부터|일정|시점|\b(?:deadlines?|cut-?off)\b|(?<![\uac00-\ud7af])기한|마감|데드라인|얼마나 ?(?:더|오래)|\bhow (?:much )?long(?:er)? (?:is|was|will|does|did|do)\b/,
  },
  {
    intent: "reason",
    pattern:
      /\bwhy\b|\b(?:broken|wrong) or (?:what|something)\b|\bwhat am i (?:doing wrong|missing)\b|\bwhat(?:'s| is| went) wrong\b|뭘 ?잘못|뭐가 ?잘못|\bwhat(?:'s| is) going on\b|\breasons?\b|\bwhat for\b|\bhow come\b|\bwhat(?:'s| is| was) the point\b|\bwhat problems? (?:does|did|was|is|were)\b|\bmotivation\b|왜|이유|까닭|무슨 ?이유|배경|목적|필요한 ?거|필요해/,
  },
  // "파드 하나에 shim 몇 개 떠요?", "how many shims does a pod get?": how many of a thing there are
  // is what it is like, asked on its own (a follow-up does not keep the previous kind).
  {
    intent: "definition",
    pattern: /몇 ?개|\bhow many\b/,
  },
];
