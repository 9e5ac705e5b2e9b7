/**
 * Reads the guide's MDX sources straight from `content/{lang}/guide/` (no build needed) and turns each
 * article into the plain data the content tests check: frontmatter, commands, callouts, links, headings
 * and `<Steps>` lists, each with its offset in the source so order can be tested.
 *
 * Parsing goes through satteri (the MDX parser Astro's MDX integration uses), so what the tests see is what
 * the site renders; heading ids use github-slugger exactly as the renderer does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast } from 'satteri';
import Slugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The content tree; `WINRE_CONTENT_DIR` points the tests at another copy (used to prove they can fail). */
export const CONTENT_ROOT = process.env.WINRE_CONTENT_DIR ?? join(REPO_ROOT, 'content');
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** A `<Command code=...>` occurrence: the exact string the copy button copies. */
export interface CommandUse {
  code: string;
  offset: number;
  line: number;
}

/** A `<Callout type=...>` occurrence. */
export interface CalloutUse {
  type: string;
  offset: number;
}

/** An internal or external link target, from a Markdown link/definition or a JSX `href`. */
export interface LinkUse {
  url: string;
  offset: number;
  line: number;
}

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

export interface Article {
  lang: string;
  slug: string;
  file: string;
  source: string;
  /** Parsed YAML frontmatter (unknown shape until checked). */
  frontmatter: Record<string, unknown>;
  commands: CommandUse[];
  callouts: CalloutUse[];
  links: LinkUse[];
  headings: Heading[];
  /** `<Steps id>` → number of top-level list items inside it. */
  steps: Map<string, number>;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  depth?: number;
  children?: Node[];
  attributes?: Attr[];
  position?: { start: { offset?: number; line: number } };
}

interface Attr {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * The string value of a JSX attribute: a literal (`code="..."`, `code='...'`) or a JavaScript string
 * expression (`code={"a\nb"}`, ``code={`...`}``). Returns undefined for anything else.
 */
export function attributeString(attr: Attr): string | undefined {
  if (typeof attr.value === 'string') return attr.value;
  if (attr.value && typeof attr.value === 'object' && 'value' in attr.value) {
    const expr = String((attr.value as { value: unknown }).value).trim();
    // Only plain string literals are accepted: they are data, never code worth running.
    if (/^"(?:[^"\\]|\\.)*"$/s.test(expr)) return JSON.parse(expr) as string;
    if (/^'(?:[^'\\]|\\.)*'$/s.test(expr)) {
      return JSON.parse(
        '"' + expr.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"') + '"',
      ) as string;
    }
    if (/^`(?:[^`\\$]|\\.)*`$/s.test(expr)) {
      return JSON.parse(
        '"' +
          expr.slice(1, -1).replace(/\\`/g, '`').replace(/"/g, '\\"').replace(/\n/g, '\\n') +
          '"',
      ) as string;
    }
  }
  return undefined;
}

function getAttr(node: Node, name: string): Attr | undefined {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

function countTopLevelItems(steps: Node): number {
  // A <Steps> wraps exactly one ordered list; its items are the steps.
  const lists = (steps.children ?? []).filter((c) => c.type === 'list');
  return lists.reduce(
    (n, l) => n + (l.children ?? []).filter((i) => i.type === 'listItem').length,
    0,
  );
}

/**
 * Parses one article's MDX source. Throws if the MDX does not parse (the site build would fail too).
 *
 * @example
 * parseArticle('---\ntitle: x\n---\n\n<Command code="list disk" />\n', 'en', 'x').commands[0]?.code
 * // => 'list disk'
 */
export function parseArticle(
  source: string,
  lang: string,
  slug: string,
  file = `${lang}/${slug}`,
): Article {
  const tree = mdxToMdast(source) as unknown as Node;
  const article: Article = {
    lang,
    slug,
    file,
    source,
    frontmatter: {},
    commands: [],
    callouts: [],
    links: [],
    headings: [],
    steps: new Map(),
  };
  const slugger = new Slugger();

  const visit = (node: Node): void => {
    const offset = node.position?.start.offset ?? 0;
    const line = node.position?.start.line ?? 0;
    if (node.type === 'yaml') {
      const data: unknown = parseYaml(String(node.value ?? ''));
      if (data && typeof data === 'object') article.frontmatter = data as Record<string, unknown>;
    } else if (node.type === 'heading') {
      const text = textOf(node);
      article.headings.push({
        depth: node.depth ?? 0,
        text,
        slug: slugger.slug(text),
      });
    } else if ((node.type === 'link' || node.type === 'definition') && node.url) {
      article.links.push({ url: node.url, offset, line });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const href = getAttr(node, 'href');
      const hrefValue = href && attributeString(href);
      if (hrefValue !== undefined) article.links.push({ url: hrefValue, offset, line });
      if (node.name === 'Command') {
        const code = getAttr(node, 'code');
        const value = code && attributeString(code);
        if (value === undefined)
          throw new Error(`${file}:${line}: <Command> without a string code`);
        article.commands.push({ code: value, offset, line });
      } else if (node.name === 'Callout') {
        const type = getAttr(node, 'type');
        article.callouts.push({
          type: (type && attributeString(type)) ?? 'note',
          offset,
        });
      } else if (node.name === 'Steps') {
        const id = getAttr(node, 'id');
        article.steps.set((id && attributeString(id)) ?? '', countTopLevelItems(node));
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return article;
}

/** Article slugs (file names without `.mdx`) present for a language, sorted. */
export function listSlugs(lang: string, root = CONTENT_ROOT): string[] {
  return readdirSync(join(root, lang, 'guide'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length))
    .sort();
}

/** Loads and parses every article of every language under `root`. */
export function loadArticles(root = CONTENT_ROOT): Article[] {
  return LANGS.flatMap((lang) =>
    listSlugs(lang, root).map((slug) => {
      const file = join(root, lang, 'guide', `${slug}.mdx`);
      return parseArticle(readFileSync(file, 'utf8'), lang, slug, file);
    }),
  );
}

/** Splits a command into its lines (several diskpart lines may share one `<Command>`), trimmed. */
export function commandLines(code: string): string[] {
  return code
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
