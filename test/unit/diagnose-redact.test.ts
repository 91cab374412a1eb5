import { describe, expect, it } from "vitest";
import { readPaste } from "../../src/core/diagnose/diagnose.ts";
import { redactSecrets } from "../../src/core/diagnose/redact.ts";

const SECRETS = {
  bearer: "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlc2ln",
  basic: "authorization: Basic dXNlcjpwYXNzd29yZA==",
  slackBot: "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp",
  slackApp: "xapp-1-A0123-4567-abcdef0123456789",
  kubeconfig: "    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=",
  caData: "    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==",
  token: "    token: abcdef.0123456789abcdef",
  password: "password: hunter2hunter2",
  joinFlag:
    "kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:1234",
  envVar: "DB_PASSWORD=s3cr3t-value",
  url: "https://admin:supersecret@registry.example.com/v2/",
  pem: "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1L\n-----END RSA PRIVATE KEY-----",
  jsonEnv: '{"name": "API_TOKEN", "value": "tok_live_123456"}',
};
const VALUES = [
  "eyJhbGciOiJSUzI1NiJ9",
  "dXNlcjpwYXNzd29yZA==",
  "xoxb-1234567890",
  "xapp-1-A0123",
  "LS0tLS1CRUdJTiBSU0Eg",
  "LS0tLS1CRUdJTiBDRVJU",
  "0123456789abcdef",
  "hunter2hunter2",
  "s3cr3t-value",
  "supersecret",
  "MIIEowIBAAKCAQEAu1SU1L",
  "tok_live_123456",
];

describe("secrets in a paste", () => {
  it.each(Object.entries(SECRETS))("%s is redacted", (_, text) => {
    const { text: out, count } = redactSecrets(text);
    expect(count).toBeGreaterThan(0);
    for (const value of VALUES) expect(out).not.toContain(value);
  });

  it("leaves ordinary pastes alone", () => {
    const text =
      "node-a Ready <none> 3d v1.23.5 docker://20.10.7\nsecretName: tls-cert\nserviceAccountToken: true";
    expect(redactSecrets(text)).toEqual({ text, count: 0 });
  });

  it("a diagnosis never echoes a secret and says how many were removed", () => {
    const paste = `curl -H "Authorization: Bearer abcdefghijklmnop1234" https://10.0.0.1:6443/api\nnode-1   Ready   <none>   3d   v1.23.5   docker://20.10.7\nmy token is xoxb-1111-2222-abcdefghijk, is node-1 affected?`;
    const reading = readPaste(paste);
    const all = JSON.stringify(reading);
    expect(all).not.toContain("abcdefghijklmnop1234");
    expect(all).not.toContain("xoxb-1111");
    expect(reading?.diagnosis.redacted).toBe(2);
    expect(reading?.diagnosis.items[0]?.name).toBe("node-1");
  });
});
