/** The one thing the pane says on its own when co-authors change the data: the ranking is stale. */
import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export function StaleBanner({ text }: { text: string }): React.JSX.Element {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
