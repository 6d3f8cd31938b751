/**
 * Renders the dataset's CHANGELOG.md as React elements: "## " headings, paragraphs, "- "
 * lists, **bold** and `code`. Everything is text; nothing is parsed as HTML.
 */
import type { ReactNode } from 'react';

/** Blocks in file order; `at` (the line they start on) keys them, as nothing reorders them. */
export type Block =
  | { kind: 'heading' | 'paragraph'; at: number; text: string }
  | { kind: 'list'; at: number; items: { at: number; text: string }[] };

/** Lines into blocks; a list item's wrapped lines continue it, a blank line ends a paragraph. */
export function changelogBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };
  markdown.split(/\r?\n/).forEach((raw, at) => {
    const line = raw.trim();
    if (line === '') close();
    else if (line.startsWith('#')) {
      close();
      blocks.push({ kind: 'heading', at, text: line.replace(/^#+\s*/, '') });
    } else if (line.startsWith('- ')) {
      const item = { at, text: line.slice(2) };
      if (open?.kind === 'list') open.items.push(item);
      else {
        close();
        open = { kind: 'list', at, items: [item] };
      }
    } else if (open?.kind === 'list') {
      const last = open.items[open.items.length - 1] as { text: string };
      last.text = `${last.text} ${line}`;
    } else if (open?.kind === 'paragraph') open.text = `${open.text} ${line}`;
    else open = { kind: 'paragraph', at, text: line };
  });
  close();
  return blocks;
}

/** **bold** and `code` spans as elements, the rest as text. */
export function inline(text: string): ReactNode[] {
  let offset = 0;
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`)/).map((part) => {
    const key = offset;
    offset += part.length;
    if (part.startsWith('**') && part.endsWith('**')) return <strong key={key}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`')) return <code key={key}>{part.slice(1, -1)}</code>;
    return part;
  });
}

function BlockView({ block }: { block: Block }) {
  if (block.kind !== 'list')
    return block.kind === 'heading' ? <h4>{block.text}</h4> : <p>{inline(block.text)}</p>;
  return (
    <ul>
      {block.items.map((item) => (
        <li key={item.at}>{inline(item.text)}</li>
      ))}
    </ul>
  );
}

export function ChangelogText({ markdown }: { markdown: string }) {
  // The file's own title ("Dataset changelog") repeats the section heading; leave it out.
  const blocks = changelogBlocks(markdown).filter((b, i) => !(i === 0 && b.kind === 'heading'));
  return (
    <div className="changelog">
      {blocks.map((b) => (
        <BlockView key={b.at} block={b} />
      ))}
    </div>
  );
}
