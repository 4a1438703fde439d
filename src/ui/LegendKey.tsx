/**
 * The key rows of a legend model (legendModel.ts) as the screen shows them: a swatch, a line or a
 * gap's pattern, then the words (a class's range and count in spans of their own).
 */
import type { LegendItem } from './legendModel';
import { PatternSwatch } from './PatternSwatch';

function Mark({ item }: { item: LegendItem }) {
  if (item.pattern) return <PatternSwatch kind={item.pattern} colour={item.colour} />;
  if (item.line) {
    return (
      <span
        className={item.dashed ? 'line dashed' : 'line'}
        style={{
          borderTopColor: item.colour,
          ...(item.width === undefined ? {} : { borderTopWidth: item.width }),
        }}
      />
    );
  }
  return (
    <span
      className="swatch"
      style={{
        background: item.colour,
        ...(item.outline === undefined ? {} : { borderColor: item.outline }),
      }}
    />
  );
}

export function LegendKey({
  items,
  className,
}: {
  items: readonly LegendItem[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {items.map((item, i) => (
        <li key={i} className={item.pattern ? `missing-${item.pattern}` : undefined}>
          <Mark item={item} />
          {item.count === undefined ? (
            item.label
          ) : (
            <>
              <span className="range">{item.label}</span>
              <span className="count">{item.count}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
