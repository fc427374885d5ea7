/**
 * Questions as readers type them into search, each with the pages that answer it (any section of
 * those pages counts). `npm test` fails when fewer than 90% of them find an answering page in the top
 * three results (tests/e2e/search-questions.spec.ts), and `npm run bench` prints hits@3 and mean
 * reciprocal rank over them (scripts/search-quality.mjs).
 *
 * Grow this list whenever a support conversation shows a reader who could not find an answer: add the
 * question in their words and the page that answers it. If it misses, add the reader's words to that
 * page's `keywords` (only where the page really answers the question) or improve the page.
 */
const a = (id: string) => `/articles/${id}/`;
const step = (node: string) => `/troubleshoot/not-receiving-email/${node}/`;
const flagship = a('why-cant-i-receive-email');
const tree = '/troubleshoot/not-receiving-email/';
const reset = [a('password-reset-email-not-arriving'), step('reset-ask-admin')];
const allowlist = [a('allowlist-procore-email'), '/allowlist/', step('allowlist-senders'), step('ask-it-to-allowlist')];
const setting = [a('send-this-user-messages-setting'), step('turn-on-messages')];
const overnight = [a('email-arrives-overnight'), step('overnight-batch')];
const delayed = [a('email-delayed-by-security-service'), step('security-service-delay')];
const spam = [step('mark-as-safe'), flagship, a('make-sure-project-email-reaches-everyone')];
const collaborator = [a('who-to-ask-employee-or-collaborator'), step('collaborator-asks-client')];
const oneTool = [step('tool-notifications'), flagship];
const project = a('make-sure-project-email-reaches-everyone');

export interface SearchQuestion {
  q: string;
  /** Paths of the pages that answer it. */
  answers: string[];
}

export const searchQuestions: SearchQuestion[] = [
  { q: 'not getting emails from procore', answers: [flagship, tree] },
  { q: 'forgot password email never came', answers: reset },
  { q: 'reset password link not arriving', answers: reset },
  { q: 'locked out, no reset email', answers: reset },
  { q: 'new team member missing project emails', answers: [project, flagship, ...setting] },
  { q: 'how do I whitelist procore emails', answers: allowlist },
  { q: 'procore emails going to my junk folder', answers: spam },
  { q: 'emails stuck in quarantine', answers: [...spam, ...allowlist] },
  { q: 'why do I get procore emails at 3am', answers: overnight },
  { q: 'reminder emails in the middle of the night', answers: overnight },
  { q: 'procore emails arriving hours late', answers: delayed },
  { q: 'mcafee delaying emails', answers: delayed },
  { q: 'nobody in our company gets procore emails', answers: [...allowlist, flagship, a('who-to-ask-employee-or-collaborator')] },
  { q: 'what ip addresses should we allowlist', answers: allowlist },
  { q: 'sender domains to add to our spam filter', answers: allowlist },
  { q: 'subcontractor not receiving emails, who do I ask', answers: collaborator },
  { q: "vendor on a client's project getting no notifications", answers: collaborator },
  { q: 'turn email notifications back on for a user', answers: setting },
  { q: 'send this user messages setting', answers: setting },
  { q: 'user is set to not at all', answers: setting },
  { q: "who can change someone's email settings", answers: [...collaborator, ...setting] },
  { q: 'only getting some notifications, not RFIs', answers: oneTool },
  { q: 'not getting submittal emails', answers: [...oneTool, project] },
  { q: 'wrong email address on my profile', answers: [step('fix-email-address'), ...setting, ...reset] },
  { q: 'invited user never got the invitation email', answers: [...setting, flagship, project] },
  { q: 'make sure everyone on the project gets emails', answers: [project] },
  { q: 'is allowlist the same as whitelist', answers: allowlist },
  { q: 'why does procore send email through sendgrid', answers: allowlist },
  { q: 'still not getting emails after allowlisting', answers: [step('contact-support'), ...allowlist] },
  { q: 'can procore force email into my inbox', answers: [flagship, project, step('mark-as-safe')] },
  { q: 'procore emails marked as spam', answers: spam },
  // One word, as typed into the header box: a password reset's own spam question is not the answer.
  { q: 'spam', answers: spam },
  { q: 'junk', answers: spam },
  { q: 'does a company directory change apply to every project', answers: setting },
  { q: 'email throttling rate limit', answers: delayed },
  { q: "who is my company's procore admin", answers: [a('who-to-ask-employee-or-collaborator'), step('ask-your-admin')] },
  { q: 'new hire not getting project emails', answers: [project, flagship, ...setting] },
  { q: 'safelist procore', answers: allowlist },
  { q: 'our sub never gets the invites', answers: [...collaborator, ...setting] },
];
