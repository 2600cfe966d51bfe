// Server-rendered, sanitised HTML of the attempt payload (prompts, options, hints, explanations) put in place as is.
export function Html({ html, className, as = "div" }: { html: string; className?: string; as?: "div" | "span" }) {
  const Tag = as;
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
