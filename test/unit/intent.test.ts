import { describe, expect, it } from "vitest";
import { relayedQuestion } from "../../src/core/answer/question-reader.ts";
import { withoutCourtesy, withoutLeadIn } from "../../src/core/retrieval/courtesy.ts";
import {
  askedAfterContext,
  askedBeyondYesNo,
  askingAlone,
  askingSentence,
  asksYesNo,
  definitionAmidContext,
  detectIntent,
  firstQuestion,
  hasExplicitIntent,
  searchEmphasis,
} from "../../src/core/retrieval/intent.ts";
import { afterCondition } from "../../src/core/retrieval/question-parts.ts";

describe("detectIntent", () => {
  it.each([
    ["What took dockershim's place?", "replacement"],
    // A plan for an upgrade is its steps; the config's format version is what goes in the file.
    ["plan for moving our workers from containerd 1.7 to 2.1, node by node", "procedure"],
    // What value to put in is a setting's place.
    ["kubelet endpoint 값은 뭐로 넣어야 해요?", "location"],
    // The value a flag, socket or field takes, asked without "where": still its setting.
    ["cri-dockerd 쓰면 kubelet --container-runtime-endpoint 값 뭐로 줘야됨?", "location"],
    ["그리고 노드 annotation도 바꾸라던데 그건 무슨 키야?", "location"],
    ["what do i pass to kubeadm join --cri-socket for containerd?", "location"],
    [
      "we template the kubelet with a config file. what's the field for the CRI socket?",
      "location",
    ],
    // …but "대신 뭐 넣어?" asks for a replacement, and steps asked with it stay steps.
    ["kubelet --container-runtime=remote 빠지면 대신 뭐 넣어야 함?", "replacement"],
    [
      "노드 하나 CRI-O로 바꾸는 작업 순서 어떻게 돼요? kubelet 엔드포인트는 뭘로 줘야 함?",
      "procedure",
    ],
    // Pointing a tool at a socket is where the socket is set, not a command to run.
    ["crictl 엔드포인트 어떻게 지정해요?", "location"],
    ["nerdctl은 그 소켓에 어케 붙여?", "location"],
    ["how do I tell crictl which socket it should use?", "location"],
    // Which socket something uses now is a check.
    ["how can I tell which cri socket the kubelet is actually using", "check"],
    ["is there a quick way to find every pod that mounts the containerd socket?", "check"],
    // The option a local cluster starts with is its command line; a kubelet's option is a setting.
    ["kind 클러스터 만들 때 이미지 미리 넣으려면 옵션 뭐 줘요?", "command"],
    ["미니큐브 containerd로 시작할 때 플래그 뭐더라", "command"],
    ["kind 클러스터 cri-o로 띄우는 옵션 뭐였지", "command"],
    // The remark's "runbook" does not make a "what" question ask for steps.
    [
      "what starts runc on a cri-o box? updating our runbook and not sure what sits in between",
      "definition",
    ],
    ["which config version do i write at the top of config.toml for containerd 2?", "location"],
    ["도커심 없어지고 뭘로 바꿨어요?", "replacement"],
    ["How can I tell whether a node goes through dockershim or cri-dockerd?", "check"],
    ["노드가 어떤 런타임 쓰는지 어떻게 알아?", "check"],
    ["After the 1.24 upgrade, what happens to nodes still on Docker?", "impact"],
    ["1.24 올리면 도커 노드 어떻게 되나요", "impact"],
    // A risk, what has to change, what stops working: the consequences, however phrased.
    ["what's the actual risk of just staying on 1.23 and not migrating?", "impact"],
    // One thing to see or load is a command; "which" makes it a check, "get it into kind" steps.
    [
      "kubectl debug로 노드 들어왔는데 docker images 안됨. 노드에 캐시된 이미지 목록 보려면?",
      "command",
    ],
    ["how do i side-load an image tarball onto an edge k3s node without a registry", "command"],
    ["how do I actually see which runtime my nodes use?", "check"],
    ["how do i get a locally built image into my kind cluster without pushing?", "procedure"],
    // "my local setup" is a thing that may die, not a request to set something up.
    [
      "so does kind still depend on dockershim? will my local setup die when I bump to 1.24",
      "yesno",
    ],
    ["if we move node pools to containerd, what do app teams actually have to change?", "impact"],
    ["containerd 2.x 가면 옛날 이미지 중에 pull 안되는거 생긴다던데 어떤거?", "impact"],
    ["anything that'll stop pulling after the upgrade?", "impact"],
    ["docker build 이미지 1.24에서도 돌아가?", "yesno"],
    ["containerd-shim이랑 dockershim 같은 거임?", "yesno"],
    ["is it the same as dockershim", "yesno"],
    ["docker ps 대신 뭐 써요?", "command"],
    ["what's the crictl equivalent of docker logs", "command"],
    ["containerd vs cri-o", "comparison"],
    ["containerd랑 cri-o 차이", "comparison"],
    ["CRI-O랑 containerd 중 뭐가 더 가벼워?", "comparison"],
    ["containerd or CRI-O on EKS?", "comparison"],
    ["how do I migrate a node to containerd", "procedure"],
    ["containerd로 마이그레이션 하는 방법", "procedure"],
    // Symptoms ask why; relations and "뭐가 다름" compare; losses and "무슨 일" ask what happens.
    ["crio.conf에 미러 넣었는데 안 먹어요", "reason"],
    ["the kubelet keeps logging connection refused on the socket", "reason"],
    ["docker engine이랑 containerd 관계가 뭐임?", "comparison"],
    ["dockershim이랑 cri-dockerd 뭐가 다름?", "comparison"],
    ["docker 패키지 지우면 containerd도 같이 날아감?", "impact"],
    ["그대로 1.24로 올리면 무슨 일 생김?", "impact"],
    ["what containerd version do I need for 1.26?", "time"],
    // A word for steps outweighs "what happens" phrasing around it.
    ["containerd 2.0으로 올리는 절차 어떻게 돼?", "procedure"],
    ["order of operations for moving a node to cri-dockerd", "procedure"],
    ["runbook check: converting a worker to cri-o, what's the order?", "procedure"],
    ["disabled_plugins 에서 cri 뺐어. 그 다음 뭐 해야돼?", "procedure"],
    ["where is the containerd config file", "location"],
    ["containerd 소켓 경로 알려줘", "location"],
    ["when was dockershim removed", "time"],
    // A guess after "what is X?" asks nothing new; what runs on the nodes is a runtime, not a command.
    ["what exactly is runc? is it a daemon?", "definition"],
    ["what should we run on our workers instead of docker?", "replacement"],
    ["what should I run to see the containers", "command"],
    // A deadline asks for a time; a migration already made is context, not a request for steps.
    ["is there a cutoff date for running docker nodes?", "time"],
    ["도커 노드 마감 기한이 있나요?", "time"],
    ["we migrated our nodes to cri-o, does the old socket file matter?", "yesno"],
    // "Where do I check each" checks; after a docker command, "뭘로 바꿔야" asks for the command.
    ["kubelet하고 런타임 cgroup 드라이버 각각 어디서 확인해요?", "check"],
    ["cron 으로 docker images 돌려서 보던 거 이제 뭘로 바꿔야 해요?", "command"],
    ["sandbox_image 값 뭘로 바꿔야 돼요?", "location"],
    ["newest cri-o release?", "time"],
    // "a supported setup" is a noun, not steps; choosing between two CLIs compares, whatever "쓰" says.
    ["we run docker via cri-dockerd on 1.26, is that a supported setup?", "yesno"],
    ["how do I setup crictl", "procedure"],
    ["crictl이랑 ctr 중에 디버깅엔 뭐 쓰는 게 좋아?", "comparison"],
    ["nerdctl 로 이미지 빌드 어케 해", "command"],
    // Two time questions are not a condition plus a yes/no question; "exactly" does not hide "when did".
    ["when was dockershim deprecated and when did it actually get removed", "time"],
    ["when exactly did kubernetes drop docker? need a date for a slide", "time"],
    ["kubeadm 이 cgroupDriver systemd 기본값으로 한게 몇부터야", "time"],
    // Slack drops apostrophes; a CLI verb first asks for a command.
    ["switching one node from containerd to cri-o, whats the order", "procedure"],
    ["exec into a container on the node without docker?", "command"],
    // A tool's empty output is a symptom: why it happens, not which command to run.
    ["도커 빌드한 이미지 crictl images 에 안 보여요", "reason"],
    // Pointing a tool at a socket asks where that is set.
    ["how do i point crictl at the cri-o socket instead of containerd", "location"],
    ["crictl이 crio 소켓 바라보게 하려면?", "location"],
    ["도커심 몇 버전에서 빠졌어", "time"],
    ["why was dockershim removed", "reason"],
    ["도커심 왜 없앴어", "reason"],
    ["kubelet won't start after the upgrade", "reason"],
    ["도커심이 뭐야", "definition"],
    ["what is cri-o", "definition"],
    // A command asked for by what it does, not by the docker command it replaces.
    ["which command shows the pods on a node", "command"],
    ["노드에서 컨테이너 목록 보는 명령 알려줘", "command"],
    ["컨테이너 로그 뭐 쳐서 봐", "command"],
    // "instead of docker" names a command only when a docker subcommand follows.
    ["what do nodes run instead of docker after 1.24", "replacement"],
    ["what to use instead of docker ps", "command"],
    ["런타임이 뭔지 어떻게 봐요", "check"],
    ["docker.sock 마운트한 파드 찾는 법", "check"],
    ["what is the point of the pause container", "reason"],
    ["CRI가 필요한 이유", "reason"],
    ["why is docker ps empty when kubectl shows pods", "reason"],
    ["로컬 이미지 쓰려면 IfNotPresent 로 두면 되는 거 맞죠?", "yesno"],
    ["도커심 후속으로 뭐 쓰면 돼요", "replacement"],
    ["how do I import an image tarball into containerd", "command"],
    ["docker image prune 같은거 containerd 에선 뭐임", "command"],
    ["crictl로 컨테이너 PID 어케 봐", "command"],
    ["예전에 쓰던 로그 설정은 containerd 에선 뭘로 바꿔", "replacement"],
    ["what takes the place of dockershim", "replacement"],
    ["kind, minikube, k3s 각각 런타임", "comparison"],
    ["and OCI? how's that different", "comparison"],
    ["클러스터가 영향 받는지 체크하는 법", "check"],
    ["containerd 버전 몇인지 어케 봄", "check"],
    ["what exactly breaks on 1.24", "impact"],
    ["does the dockershim removal affect our CI", "impact"],
    ["노드 이미지 목록 보는 명령어", "command"],
    ["how do i remove unused images on a node", "command"],
    ["kind 노드 안에서 crictl 써도 돼?", "yesno"],
    ["quick way to tell dockershim vs cri-dockerd on a node?", "check"],
    ["cgroup 드라이버 kubelet 쪽이랑 containerd 쪽 각각 뭘로 돼있는지 확인 어떻게 함", "check"],
    ["crictl이 어느 런타임 보는지 확인하고 지정하는 법?", "check"],
    ["crictl 치면 경고 뜸. 엔드포인트 고정하려면 어디 설정?", "location"],
    ["where do i set the crictl endpoint so i can drop the flag", "location"],
    // "-던데" reports what someone said; "-던 거" is what one used to do.
    ["cgroup driver 맞춰야 한다던데 containerd 쪽 설정 키 뭐임?", "location"],
    ["도커로 보던 거 이제 뭘로 봐요?", "replacement"],
    ["how do i start minikube on cri-o instead of docker", "procedure"],
    ["cri-dockerd 붙였는데 파드가 ContainerCreating에서 멈춤", "reason"],
    ["--container-runtime=remote 플래그 없어지면 런타임은 뭘로 지정해?", "replacement"],
    ["도커 없이 노드에서 컨테이너 로그 보려면 뭐 써?", "replacement"],
    ["any docker-like cli for containerd nodes?", "replacement"],
    ["if i dont put a tag on my image will k8s always try to pull it?", "yesno"],
    ["kaniko got archived?? what do we move our pipeline builds to", "replacement"],
    ["legacy agent needs docker engine on the nodes. what's our option after 1.24", "replacement"],
    ["so dockershim was part of docker engine right? like docker inc pulled it", "yesno"],
    ["minikube도 도커 없이 돌릴 수 있음?", "yesno"],
    ["i run notebooks on our cluster, does the docker removal break my images?", "yesno"],
    ["dockershim 없어지면 그 자리에 뭐 들어가?", "replacement"],
    ["containerd-shim == dockershim?", "yesno"],
    ["if i restart containerd on a busy node do all the running containers die", "yesno"],
    ["when we drain the node, will the pods come back on containerd?", "yesno"],
    ["after migrating a node, how do I verify it's on containerd now", "check"],
    ["our runbooks use docker ps on nodes, what should they call now", "command"],
    ["our node scripts call docker, what should they call now", "replacement"],
    ["노드에서 도커 명령어로 컨테이너 로그 보던거 이제 뭘로 봐요?", "command"],
    ["what replaces the docker cli on a containerd host", "replacement"],
    // Round 8: the docker CLI as a whole, with "뭘로 바꿔야", is replaced by other tools.
    ["노드 스크립트가 docker cli 쓰는데 뭘로 바꿔야 함?", "replacement"],
    ["윈도우 노드에선 소켓 경로가 어떻게 돼?", "location"],
    ["그럼 이미지 빌드는 뭘로 해야됨?", "replacement"],
    ["cri 플러그인 id 뭐로 바뀜?", "replacement"],
    ["kubelet 쪽 기본값은 뭔데?", "definition"],
    ["what was the last release that still had it built in", "time"],
    ["how do i check which cgroup driver the kubelet vs containerd use", "check"],
    ["crictl endpoint 제대로 잡혔는지 어케 확인함?", "check"],
    // Round 5: an opening "when did" / "since which version" asks for a time whatever follows.
    ["when did kubernetes start shipping the cri api, we had some setup back then", "time"],
    ["since which release is systemd the default driver instead of cgroupfs?", "time"],
    ["when I restart containerd do pods die?", "yesno"],
    // A tool that lacks something, then "what do we use": an alternative, not that tool's command.
    ["ctr has no logs subcommand, what do people use instead to read logs?", "replacement"],
    ["nerdctl 로는 compose 가 안되던데 뭐 써야돼", "replacement"],
    ["crictl logs 어케 봐", "command"],
    ["도커 EE 쓰던 노드는 이제 뭘로 가야돼요?", "replacement"],
    ["이 노드 이미지 이제 못쓴다던데 뭘로 바꿔야돼요", "replacement"],
    ["도커 꼭 써야하는 팀이 있는데 대안 있음?", "replacement"],
    ["moving the nodes to containerd 2.0 - what order should we do it in?", "procedure"],
    // One question, then why it is asked: the asking sentence decides.
    ["ctr 이 뭐임? 도커 명령어처럼 쓰고 싶어서", "definition"],
    ["crictl 로 컨테이너 재시작도 되나요? docker restart 대신 쓰려구요", "yesno"],
    // …unless the second sentence asks again.
    ["1.23 까지는 도커 써도 되는 거 맞지? 언제까지 미룰 수 있음", "time"],
    // Round 8: a dash sets off a yes/no question, and "does that really mean" still asks yes or no.
    ["the node says containerd://1.7 — does that really mean the runtime is containerd?", "yesno"],
    // Asking for it in order wants steps, whatever tool is named.
    ["crictl 깔고 소켓 잡아서 파드 목록 보는 데까지 단계별로 알려줘", "procedure"],
    ["walk through installing crictl and listing pods step by step", "procedure"],
    // "when pulling" is a clause, not a question about time; "옵션 뭐였지" asks which flag.
    ["pulls fail with a TLS error when pulling from harbor on containerd nodes, why?", "reason"],
    ["crictl 소켓 바꾸는 옵션 뭐였지", "location"],
    // Docker itself replaced: "도커 쓰는 노드 뭘로 바꿔야" asks for a runtime, not a setting's value.
    ["1.24 전에 도커 돌리는 워커들은 뭘로 바꿔야 해요?", "replacement"],
    ["kubelet 소켓 경로 뭘로 바꿔야돼?", "location"],
    // "각각 … 언제" asks a time for each, not a comparison.
    ["containerd랑 cri-o 각각 몇 버전부터 cgroup v2 지원함? 언제임?", "time"],
    ["containerd랑 cri-o 각각 장단점", "comparison"],
    // A place named in a question that opens with an auxiliary and asks no "where" is a yes/no.
    ["is the SystemdCgroup key still under the runc options in containerd 2?", "yesno"],
    ["where is the SystemdCgroup key in containerd 2?", "location"],
    // A "when" clause inside a yes/no question is its condition, not a question about time.
    ["doesn't the kubelet restart the shim when containerd goes down?", "yesno"],
    // A symptom ("can't find it") before "what do I run" asks for a command, not an alternative.
    ["the pod can't find my local image. what do i run to get it onto the kind node?", "command"],
    // A checklist is a list of things to check.
    ["is there a checklist for the docker to containerd switch?", "check"],
    // What replaces a value ("dockershim.sock 대신 어떤 소켓") is the new place.
    ["instead of dockershim.sock, which socket does the kubelet get now?", "location"],
    ["dockershim.sock 대신 kubelet 엔드포인트엔 어떤 소켓 넣어요?", "location"],
    // A Korean yes/no sentence, then context, asks yes or no; so does "예/아니오로".
    ["kaniko 계속 써도 되는거죠? 다른 팀도 다 쓰던데", "yesno"],
    ["1.24 가면 pull secret 다시 만들어야 하나요? 회의 자료에 넣으려고요", "yesno"],
    ["containerd 2.0 가도 insecure registry 설정 유지? 예/아니오로", "yesno"],
    // "the crictl version of docker X" asks for a command, not what crictl is.
    ["so what's the nerdctl flavor of docker tag?", "command"],
    // Round 9: where the steps start ("뭐부터", "what do I do first") and "단계로" ask for steps.
    ["1.27 가기 전에 kubelet 플래그 정리하려면 뭐부터 해야 돼?", "procedure"],
    ["before the 1.27 upgrade, what do i do first about the kubelet flags?", "procedure"],
    ["containerd 로그 수집기 파서 고치는 거 단계로 알려줘", "procedure"],
    // "X는 crictl에서 뭐로 해?" asks for the command.
    ["이미지 삭제는 crictl 에서 뭐로 해?", "command"],
    // "which minor" asks for a version as much as "which version" does.
    ["which k8s minor was the final one shipping dockershim?", "time"],
    // "what even is X?" asks what X is, whatever a remark after it says.
    ["what even is conmon? it showed up in ps and nobody here knows why", "definition"],
    // "shows nothing" is a symptom, and a symptom asks why.
    ["crictl images shows nothing even though pods are up", "reason"],
    // "docker X but for <runtime>" asks for X's counterpart.
    ["docker stats but for containerd nodes?", "command"],
    // A counterpart asked for compares, whatever yes/no wording carries it.
    ["그럼 CRI-O 쪽엔 그런 역할 하는 프로세스 없어?", "comparison"],
    ["what plays that role on cri-o nodes?", "comparison"],
    // "X가 뭐에요?" then a remark that asks nothing: the first sentence decides.
    ["containerd가 뭐에요? 회의에서 계속 그 얘기가 나와서 배포 깨질까 걱정됨", "definition"],
    // Round 10: a short lead-in before a colon says what the question is for, not what it asks.
    ["quick one for the runbook glossary: what exactly is CRI?", "definition"],
    ["for the wiki: how do i check which runtime a node uses?", "check"],
    // "in order" and "…하는 순서 좀" ask for steps ("in order to" does not).
    ["after the containerd swap, what do i check before uncordon, in order?", "procedure"],
    ["crictl 설정하고 파드 목록 보는 순서 좀", "procedure"],
    ["in order to use crictl on a node what do i need?", "definition"],
    // Two questions: the first one's kind leads, when it says what it asks for.
    ["kubelet --container-runtime 플래그 언제 없어졌어? 대신 뭐 써?", "time"],
    ["kaniko 아직 써도 되나? 그리고 대안은 뭐 있음?", "yesno"],
    ["CRI-O는? 소켓은 어디 있어?", "location"],
    // "step by step" after a question asks for steps; it is not a remark.
    ["how do i get a saved image tarball into containerd? step by step", "procedure"],
    ["containerd에 tar 이미지 넣는 법? 순서대로", "procedure"],
    // "어느 디렉터리/폴더" asks for a place as much as "어디" does.
    ["파드 로그 파일은 어느 디렉터리에 쌓여요?", "location"],
    ["containerd 이미지 어떤 폴더에 저장됨?", "location"],
    // "순서 좀 정리해줘", "what's the sequence" ask for steps; "what do we use once X is gone"
    // asks for what replaces it; "ctr to list…" asks for the command.
    ["노드 런타임 전환 순서 좀 정리해줘. 확인까지", "procedure"],
    ["kind on containerd plus loading my own image, what's the sequence?", "procedure"],
    ["what should we use once kaniko is gone?", "replacement"],
    ["crictl to see the pod sandboxes", "command"],
    // "뭐가 다른거야", "diff between" compare; "what's the X endpoint", "뭐라고 적어" ask for a
    // setting's value; "뭘로 해?" asks what to use instead.
    ["CRI-O랑 containerd는 뭐가 다른거야?", "comparison"],
    ["what's the diff between ctr and crictl", "comparison"],
    ["what's the cri-o endpoint on those nodes?", "location"],
    ["kubelet 엔드포인트 뭐라고 적어요?", "location"],
    ["kaniko 없어졌다던데 이미지 빌드 뭘로 해?", "replacement"],
    ["CRI v1 에러 뜨는데 어떻게 고쳐요?", "procedure"],
    // "same steps?" and "순서도 똑같아?" ask for the steps; "default sockets for X" asks for a place.
    ["and for a cri-o node, same steps?", "procedure"],
    ["cri-dockerd로 가도 절차는 같아?", "procedure"],
    ["default socket paths for k3s and kind?", "location"],
    // A "when" clause inside a yes/no sentence that follows context is its condition.
    [
      "we mount docker.sock in our CI pods. does that break when nodes move to containerd?",
      "yesno",
    ],
    // "…부탁드려도 될까요?" is a polite request, not a yes/no question.
    ["워커 하나 containerd로 바꾸는 작업 순서 정리 부탁드려도 될까요?", "procedure"],
    // "기본 엔드포인트가 뭐였지", "설정하는 key 뭐임" ask for a value; "엔드포인트가 뭐야" asks what it is.
    ["예전 kubelet 기본 엔드포인트가 뭐였지?", "location"],
    ["hosts.toml 에 미러 설정하는 key 뭐임?", "location"],
    ["엔드포인트가 뭐야?", "definition"],
    // "docker X but into…" asks for X's counterpart; "is it broken or what" asks why.
    ["docker load but into containerd's store", "command"],
    ["crictl images lists nothing after the switch. is the node broken or what", "reason"],
    // More ways to ask for steps, a replacement, a time and a yes/no about another case.
    ["minikube with cri-o and my own image: what's the full order?", "procedure"],
    ["safe order for the runtime swap and the version bump?", "procedure"],
    ["kaniko 말고 요즘 빌드 뭘로들 해요?", "replacement"],
    ["1.23 은 얼마나 더 지원됐어?", "time"],
    ["how long was the last dockershim release supported?", "time"],
  ])("%s -> %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });

  it("tells explicit asks from bare follow-ups", () => {
    expect(hasExplicitIntent("and for CRI-O?")).toBe(false);
    expect(hasExplicitIntent("그럼 롤백은?")).toBe(false);
    expect(hasExplicitIntent("what is CRI-O?")).toBe(true);
    expect(hasExplicitIntent("CRI-O가 뭐에요?")).toBe(true);
  });

  it("finds the one 'what is X?' amid background, when nothing else asks", () => {
    expect(
      definitionAmidContext(
        "다음 달에 노드 업그레이드가 잡혀 있습니다. 회의 때마다 OCI 얘기가 나와요. OCI가 뭔가요? 짧게요",
      ),
    ).toBe("OCI가 뭔가요?");
    // A first sentence that asks is someone else's reading; a second question asks again.
    expect(definitionAmidContext("OCI가 뭔가요? 짧게요")).toBeUndefined();
    expect(
      definitionAmidContext("회의 때마다 OCI 얘기가 나와요. OCI가 뭔가요? 왜 중요한지도요"),
    ).toBeUndefined();
  });

  it("sets aside who is addressed and a closing thanks, plea or laugh, keeping the question mark", () => {
    expect(withoutCourtesy("<@U07AB> hey bot, where is the socket? thanks!")).toBe(
      "where is the socket?",
    );
    expect(withoutCourtesy("quick q - crictl 쓰면 돼? ㅋㅋ")).toBe("crictl 쓰면 돼?");
    expect(withoutCourtesy("quick one - what is conmon exactly?")).toBe("what is conmon exactly?");
    expect(withoutCourtesy("질문 하나요 - 소켓 어디?ㅠㅠ 부탁드려요")).toBe("소켓 어디?");
    expect(withoutCourtesy("what is cri? :pray:")).toBe("what is cri?");
    // Words that only end like a courtesy stay, and a message of courtesy alone is kept whole.
    expect(withoutCourtesy("is the shim third-party")).toBe("is the shim third-party");
    expect(withoutCourtesy("thanks!")).toBe("thanks!");
  });

  it("reads the question after a short lead-in that ends in a colon", () => {
    expect(withoutLeadIn("for the runbook glossary: what is CRI?")).toBe("what is CRI?");
    // No question after the colon, or a long sentence before it: nothing is a lead-in.
    expect(withoutLeadIn("error: CRI v1 runtime API is not implemented")).toBe(
      "error: CRI v1 runtime API is not implemented",
    );
    const long =
      "we moved every worker in the payments cluster off docker last week: why is docker ps empty?";
    expect(withoutLeadIn(long)).toBe(long);
  });

  it("knows when only the first sentence asks and the rest is a remark", () => {
    expect(askingAlone("CRI가 뭐예요? 로그에 자꾸 나와서요")).toBe("CRI가 뭐예요?");
    expect(askingAlone("CRI가 뭐예요? 그리고 왜 필요해요")).toBeUndefined();
    expect(askingAlone("what is CRI?")).toBeUndefined();
    // A question word inside a clause that reports ("nobody knows why") does not ask again.
    expect(askingAlone("what even is runc? it is on every node and nobody knows why")).toBe(
      "what even is runc?",
    );
    expect(askingAlone("what even is runc? and why is it on every node")).toBeUndefined();
  });
});

describe("the first question of a longer message", () => {
  it("is the asking sentence only when a longer context follows it", () => {
    const ask = "why did k8s drop dockershim?";
    expect(askingSentence(`${ask} ${"x".repeat(31)}`)).toBe(ask);
    expect(askingSentence(`${ask} ${"x".repeat(30)}`)).toBeUndefined();
    // Any aside after it still makes it the first question.
    expect(firstQuestion(`${ask} just curious`)).toBe(ask);
    expect(firstQuestion("why?")).toBeUndefined();
  });

  it("is the asking sentence when a guess at what it is follows a 'what is'", () => {
    expect(askingSentence("what even is runc? is it a daemon?")).toBe("what even is runc?");
  });

  it("is the 'what is' before a comma when the remark after it asks nothing", () => {
    expect(askingSentence("what is conmon exactly, the crio folks mention it all the time")).toBe(
      "what is conmon exactly?",
    );
    expect(askingSentence("what is containerd, and how do i install it")).toBeUndefined();
  });
});

describe("asksYesNo", () => {
  it("hears a Korean verb question but not a subject or a case alone", () => {
    expect(asksYesNo("그걸로 파드 컨테이너도 보여?")).toBe(true);
    expect(asksYesNo("미니큐브는?")).toBe(false);
    expect(asksYesNo("CRI-O면?")).toBe(false);
    // "X, same deal?" asks whether the previous answer holds for X; "same thing for X?" asks
    // the previous question again for X.
    expect(asksYesNo("what about kata, same deal?")).toBe(true);
    expect(asksYesNo("same thing for containerd?")).toBe(false);
    expect(asksYesNo("소켓 경로 어디야?")).toBe(false);
  });
});

describe("chat spellings and shapes of a question (round 11)", () => {
  it.each([
    // "어케" is how "어떻게" is typed: a how-to, not a yes/no ending in "…함".
    ["crio 설치 어케함", "procedure"],
    ["SystemdCgroup 바꾸는거 어케해", "procedure"],
    // What went into its place is a replacement, with a word between.
    ["dockershim 없어지고 그 자리엔 이제 뭐가 들어감?", "replacement"],
    ["그 플래그 빼라는데 그럼 소켓은 뭘로 지정해?", "replacement"],
    // Which kind of thing it is, not a place.
    ["conmon은 런타임 중에 어디 속해?", "definition"],
    ["which layer does containerd-shim belong to?", "definition"],
    ["what is runc and where does it sit relative to containerd?", "definition"],
    ["where does the containerd socket sit?", "location"],
    // A docker command and "= ?" asks for its counterpart.
    ["docker logs -f on a cri-o node = ?", "command"],
    ["docker rmi → ?", "command"],
    ["docker logs on a cri-o node =", "command"],
    // What is wrong with what I did is a reason.
    ["crictl ps errors out on every node, what am i doing wrong", "reason"],
    ["nerdctl ps shows literally nothing on the node", "reason"],
    // Setting a socket once so it need not be typed every time is a place, even with crictl named.
    ["crictl 쓸 때 소켓 매번 붙이기 싫은데", "location"],
    ["how do i stop passing the endpoint flag to crictl every time", "location"],
    ["make crictl talk to cri-o on this box", "location"],
    // Setting a tool up is steps, not one of its commands; "순서 좀" asks for them.
    ["crictl 쓰게 세팅하는 법", "procedure"],
    ["containerd 기준으로 crictl 세팅 순서 좀", "procedure"],
  ])("%s → %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });

  it("sets aside a 'dumb question but' opener", () => {
    expect(withoutCourtesy("dumb q but what is cri-o")).toBe("what is cri-o");
    expect(withoutCourtesy("초보 질문인데요 containerd가 뭐예요?")).toBe("containerd가 뭐예요?");
  });

  it("reads a definition asked with '??' before a guess as the definition", () => {
    expect(askingSentence("what even is crio?? is it a red hat product or smth")).toBe(
      "what even is crio?",
    );
  });

  it("reads a guess after a comma as part of a definition question", () => {
    expect(askingSentence("what was dockershim, part of the docker engine?")).toBe(
      "what was dockershim?",
    );
    expect(askingSentence("what was dockershim, part of the docker engine")).toBe(
      "what was dockershim?",
    );
  });
});

describe("statements asked as questions, commands asked for another way (round 12)", () => {
  it.each([
    // A statement that ends in "?" asking whether all is well, or "… or do we need to …", asks yes or no.
    ["all nodes show containerd://1.7. so we're fine for the upgrade?", "yesno"],
    ["our images from docker build, still good on containerd or do we need to rebuild", "yesno"],
    // "the containerd way" of a docker command, and following a log live, ask for a command.
    ["we used to `docker load -i` a tar on the node. whats the containerd way", "command"],
    ["docker stats on cri-o nodes, what's the crictl equivalent", "command"],
    ["how do i follow it live like -f", "command"],
    // The option to give a tool when starting it is a command, not a place.
    ["minikube 를 cri-o 로 띄우려면 옵션 뭐 줘야돼", "command"],
    ["what flag do i pass to kind to pick the node image", "command"],
    // "give me the command that…" asks for a command; "what are the X I see…" asks what X is.
    ["our config is a mess, give me the command that prints a clean default", "command"],
    ["what are the pause containers i see with ctr? crictl ps hides them", "definition"],
    // The flow up to a step is the steps.
    ["새 노드에 containerd 깔고 kubeadm join 까지 가는 흐름 좀", "procedure"],
    // What to use instead of Docker's own GPU tool is a replacement, like the docker CLI.
    ["containerd 로 가면 nvidia-docker2 는 뭘로 바꿔야 돼요?", "replacement"],
    // Picking out the nodes that still run docker is a check, like finding them.
    ["docker 쓰는 노드만 골라내려면?", "check"],
    // Checking with what replaces a docker command is that command.
    ["docker logs 대신 노드에서 로그를 확인하려면 어떤 명령을 씁니까?", "command"],
    // "…인지 알려주세요" asks to be told, not how to find out; which socket is a place.
    ["설계 문서용인데 dockershim을 걷어낸 이유가 뭔지 알려주세요", "reason"],
    ["kubelet이 어떤 소켓 쓰는지 알려줘", "location"],
    ["노드 런타임이 뭔지 알 수 있나", "check"],
    // "what does that mean for X" asks what happens to X; "does that mean X?" still asks yes or no.
    ["so what does that mean for the images we push to ECR", "impact"],
    ["what does the removal mean for our docker nodes", "impact"],
    ["does that mean our images break?", "yesno"],
    // The remark after the question quotes someone else's question and says for how long: it asks nothing.
    [
      "도커심은 왜 뺀 건가요?? 우리 노드 몇 년째 도커로 잘 돌았어요. 팀장님이 '언제 바꿔야 하냐'고 물어서요",
      "reason",
    ],
  ])("%s -> %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });
});

describe("what is asked after a condition", () => {
  it("is the thing named after the event the question opens with", () => {
    expect(afterCondition("런타임 containerd로 바꾸면 우리 모니터링 에이전트 영향 있음?")).toBe(
      "우리 모니터링 에이전트 영향 있음?",
    );
    expect(afterCondition("after the switch to cri-o do our node exporters keep working?")).toBe(
      "do our node exporters keep working?",
    );
    expect(afterCondition("what is containerd?")).toBeUndefined();
  });

  it("weighs it more in search for impact and yes/no questions only", () => {
    const q = "런타임 containerd로 바꾸면 우리 모니터링 에이전트 영향 있음?";
    expect(searchEmphasis(q, "impact")).toBe("우리 모니터링 에이전트 영향 있음?");
    expect(searchEmphasis(q, "procedure")).toBeUndefined();
  });
});

describe("the question asked after background", () => {
  const background = "our gpu nodes ran docker for years without trouble.";
  it("is the first sentence that asks, when the background before it is long enough", () => {
    const ask = "at which release did docker on the node stop working?";
    expect(askedAfterContext(`${background} ${ask}`)).toBe(ask);
    expect(askedAfterContext(`short bg. ${ask}`)).toBeUndefined();
    expect(askedAfterContext(ask)).toBeUndefined();
    expect(searchEmphasis(`${background} ${ask}`, "time")).toBe(ask);
  });

  it("does not cut a sentence at a version, a file name or a pause", () => {
    expect(
      askedAfterContext("설치 문서 읽다 보면 CRI 라는 단어가 계속 나오는데… 이게 정확히 뭔가요?"),
    ).toBeUndefined();
    expect(
      askedAfterContext(
        "we are on 1.23 and the config.toml is hand-tuned. which key sets the driver?",
      ),
    ).toBe("which key sets the driver?");
  });
});

describe("a question relayed from someone else (round 12)", () => {
  it("is the question relayed, when the message asks what to answer", () => {
    expect(relayedQuestion("고객이 CRI가 뭐냐고 물어보는데 뭐라고 설명해요?")).toBe(
      "고객이 CRI가 뭐야?",
    );
    expect(relayedQuestion("팀장님이 도커 언제까지 쓸 수 있냐고 물어보면 뭐라함?")).toBe(
      "팀장님이 도커 언제까지 쓸 수 있냐?",
    );
    expect(
      relayedQuestion("my manager asked why kubernetes dropped docker, what do i tell her?"),
    ).toBe("why kubernetes dropped docker?");
    // A yes/no question relayed with "whether" or "if" is put back the way it was asked.
    expect(
      relayedQuestion(
        "our client asks whether their team can keep docker engine on the workers, what should i tell them?",
      ),
    ).toBe("can their team keep docker engine on the workers?");
    expect(
      relayedQuestion(
        "the auditor wants to know if docker-built images will still run - what do we say?",
      ),
    ).toBe("will docker-built images still run?");
  });

  it("is nothing when the message asks for itself", () => {
    expect(relayedQuestion("CRI가 뭐야?")).toBeUndefined();
    expect(relayedQuestion("what do i tell the kubelet to use as its endpoint?")).toBeUndefined();
  });
});

describe("kinds of question read in round 15", () => {
  it.each([
    // Whether something must be done, with no question word, even after "…려면".
    ["containerd 노드에서 쓰려면 이미지 전부 다시 빌드해야 해?", "yesno"],
    ["cri-o로 옮기면 pull secret 새로 만들어야 돼요?", "yesno"],
    // …but asking for the order, or how, still asks for steps.
    ["그럼 바꾸는 순서 좀 알려줘, 노드 비워야 돼?", "procedure"],
    // The right way to do something wants its steps; "the best way to check" still checks.
    ["what's the recommended way to add a mirror on cri-o nodes", "procedure"],
    ["best way to check which runtime a node uses", "check"],
    // Which value goes in a field is a place in the config.
    ["kubeadm 설정의 criSocket에 어떤 값 넣어야 해?", "location"],
    // A condition, then what the problem would be, asks what happens.
    ["containerd랑 kubelet cgroup 드라이버 다르면 뭐가 문제임?", "impact"],
    // How many (which version) to install is a version.
    ["쿠버 1.30이면 cri-o 몇 깔아야 돼?", "time"],
    // Chat spelling of 뭐, and of 고쳐.
    ["docker ps 안 되면 머로 봐야 돼?", "command"],
    ["ㅇㅇ 어케 고침", "procedure"],
    // Which runtime something runs is what it is; after something is gone it is a replacement.
    ["minikube 기본 런타임은 뭐 씀?", "definition"],
    ["도커 빠지면 런타임 뭐 써?", "replacement"],
    // A key's name, and the value to set something to, are places in the config.
    ["crictl.yaml 에서 엔드포인트 키 이름이 뭐더라", "location"],
    ["kubelet cgroup driver는 뭐로 맞춰야 해?", "location"],
    // What to watch out for is what can go wrong: an impact, not a yes or no.
    ["any pitfalls when we purge docker-ce from the workers?", "impact"],
    ["containerd 전환하고 도커 삭제할 때 주의할 점 있어?", "impact"],
    // Whether anything is blocked asks what happens.
    ["1.21에서 dockershim 그냥 쓰면 막히는 기능 있었어?", "impact"],
    // A statement, then "do X need/still/keep …?", asks yes or no.
    ["we moved the nodes to cri-o last week, do running pods keep their limits?", "yesno"],
  ])("%s → %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });

  it("does not read a deadline into a word that only contains its syllables", () => {
    expect(askedBeyondYesNo("kubelet이 runc랑 직접 얘기한다고 들었는데 맞아?")).toBeUndefined();
    expect(askedBeyondYesNo("런타임 바꾸면 보안 에이전트도 영향 있어?")).toBe("impact");
  });
});

describe("whether anything behaves differently (round 15)", () => {
  it("is a yes/no question, not a comparison", () => {
    expect(detectIntent("will our memory limits behave any differently on cri-o?")).toBe("yesno");
    // Two things set against each other still compare.
    expect(detectIntent("does containerd behave differently than docker for limits?")).toBe(
      "comparison",
    );
  });
});

describe("a relayed question with nothing asked after it (round 15)", () => {
  it("is the question relayed, when the relay opens the message", () => {
    expect(
      relayedQuestion("customer asks if they have to change their cpu limits after the swap"),
    ).toBe("do they have to change their cpu limits after the swap?");
    expect(
      relayedQuestion(
        "the customer asks whether they need to rebuild images, what do I tell them?",
      ),
    ).toBe("do they need to rebuild images?");
    expect(relayedQuestion("고객이 이미지 다시 빌드해야 하냐고 물어보네요")).toBe(
      "고객이 이미지 다시 빌드해야 하냐?",
    );
  });

  it("is nothing when the relay is a remark after the question", () => {
    expect(
      relayedQuestion("when was dockershim deprecated? my manager is asking why we only start now"),
    ).toBeUndefined();
    expect(relayedQuestion("she asked what cri is. also where is the socket?")).toBeUndefined();
  });
});

describe("kinds of question asked in passing (round 17)", () => {
  it("reads 'anything/any X that stops working' as what breaks", () => {
    expect(detectIntent("is there anything that stops working when we go to cri-o?")).toBe(
      "impact",
    );
    expect(detectIntent("any charts that fail to deploy after the runtime swap?")).toBe("impact");
  });

  it("reads 'is there a tool to …' as asking for the command, not yes or no", () => {
    expect(detectIntent("is there a utility to turn the v2 config into v3?")).toBe("command");
    expect(detectIntent("any cli that lists pod sandboxes?")).toBe("command");
  });
});

describe("what decides the kind of a question with background (round 17)", () => {
  it("asks why when the only question after the background asks why", () => {
    // "docker images … 같은 …" alone reads as asking for a command.
    expect(
      detectIntent(
        "노드에서 docker images 해보면 쿠버 이미지가 안 보여요. 같은 containerd 를 쓰는데 왜 그렇죠?",
      ),
    ).toBe("reason");
    expect(
      detectIntent("docker ps shows nothing on the node. the pods are running. why is that?"),
    ).toBe("reason");
  });

  it("reads 'what's the default X socket' as where it is", () => {
    expect(detectIntent("what's the default cri-o socket on rhel nodes?")).toBe("location");
  });

  it("reads a local cluster's start option as its command", () => {
    expect(
      detectIntent("kind 클러스터 containerd 버전 고정해서 띄우고 싶은데 플래그 뭐였더라"),
    ).toBe("command");
  });
});

describe("kinds of question that name what they want (round 18)", () => {
  it("reads 'is there a flag/option/command …' as asking for it, in English and Korean", () => {
    expect(detectIntent("is there a flag for pinning the pause image?")).toBe("command");
    expect(detectIntent("env var to point crictl somewhere else?")).toBe("command");
    expect(detectIntent("노드 로그 한 번에 모아 보는 명령어 있음?")).toBe("command");
    expect(detectIntent("sandbox 이미지 바꾸는 옵션 따로 있나요?")).toBe("command");
    // A cli for a runtime is a tool that replaces one, not a command to run.
    expect(detectIntent("is there a docker-compatible cli for containerd?")).not.toBe("command");
    // An option that replaces another asks what replaced it.
    expect(detectIntent("그 플래그 대신하는 옵션 있음?")).not.toBe("command");
  });

  it("reads a statement with a tag ('…, correct?', '…, 맞죠?') as yes or no", () => {
    expect(detectIntent("1.20 is the release that deprecated dockershim, correct?")).toBe("yesno");
    expect(detectIntent("kind 노드 소켓은 containerd 기본 경로랑 같아요, 맞죠?")).toBe("yesno");
    expect(detectIntent("which of these is correct?")).not.toBe("yesno");
  });

  it("reads a bare '… dir path?' as where it is", () => {
    expect(detectIntent("hosts.toml dir path?")).toBe("location");
  });
});

describe("a command to run on the node itself (round 19)", () => {
  it("reads 'what do I run on the node itself / to see …' as a command, 'on our nodes' as a runtime", () => {
    expect(detectIntent("kubectl hangs. what do i run on the node itself?")).toBe("command");
    expect(detectIntent("what do we run on the worker to list containers?")).toBe("command");
    expect(detectIntent("노드에서 뭘 실행해야 파드 목록 나와요?")).toBe("command");
    expect(detectIntent("what should we run on our workers instead of docker?")).toBe(
      "replacement",
    );
  });
});

describe("which of two steps comes first (round 19)", () => {
  it("reads 'X first or Y first?', 'before or after …?', '먼저 … 먼저?' as asking when", () => {
    expect(detectIntent("do we drain first and then upgrade, or upgrade first?")).toBe("time");
    expect(detectIntent("uninstall docker before or after the kubelet restart?")).toBe("time");
    expect(detectIntent("cri-dockerd 설치 먼저야 업그레이드 먼저야?")).toBe("time");
    expect(detectIntent("does the kubelet start first?")).not.toBe("time");
  });
});

describe("words that name the kind of answer (round 18)", () => {
  it("reads 'what should I look at' as a check, a sequence as steps, 'back when' as no time", () => {
    expect(detectIntent("그럼 노드에선 뭘 봐야 돼?")).toBe("check");
    expect(detectIntent("what's the rollout sequence for the workers?")).toBe("procedure");
    expect(detectIntent("and back when we still ran dockershim?")).not.toBe("time");
  });

  it("reads a tag with more after it, and a task in an auxiliary question, as yes or no", () => {
    expect(
      detectIntent("1.20 deprecated dockershim, correct? trying to settle a bet with the team"),
    ).toBe("yesno");
    expect(
      detectIntent("does the kubelet keep working, or do we need to configure it again?"),
    ).toBe("yesno");
    // Steps asked for in an auxiliary question are still steps.
    expect(detectIntent("can you walk me through installing cri-dockerd?")).toBe("procedure");
    expect(detectIntent("could we get the steps to set up crictl?")).toBe("procedure");
  });

  it("reads a yes/no question after several chat fillers ('ok so', 'alright so', 'hmm ok and')", () => {
    expect(detectIntent("ok so can we upgrade that cluster straight to 1.24 as it is?")).toBe(
      "yesno",
    );
    expect(detectIntent("alright so does the image still run?")).toBe("yesno");
    expect(detectIntent("hmm ok and will the pods die?")).toBe("yesno");
    expect(detectIntent("ok so how do I check the runtime?")).not.toBe("yesno");
  });

  it("reads a symptom followed by a remark with no question mark as asking why", () => {
    expect(detectIntent("sandbox image 못 받아서 파드가 안 떠요 폐쇄망임")).toBe("reason");
    expect(detectIntent("docker ps 쳤는데 아무것도 안 보여요 containerd 노드임")).toBe("reason");
    expect(detectIntent("파드가 안 떠요 폐쇄망임?")).toBe("yesno");
  });
});
