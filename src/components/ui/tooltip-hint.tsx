/** Hint's tooltip on Radix's primitive (hint.tsx), loaded with the first hint on the page. */
import * as Tooltip from '@radix-ui/react-tooltip';
import type { HintProps } from './hint';

export default function TooltipHint({ text, children }: HintProps) {
  return (
    <Tooltip.Provider delayDuration={400}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
        <Tooltip.Content className="tooltip" side="bottom" sideOffset={6} collisionPadding={8}>
          {text}
        </Tooltip.Content>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
