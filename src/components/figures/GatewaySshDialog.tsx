import React, {type ReactNode} from 'react';
import {Box, Button, Callout, Field, Figure, Frame, Text} from './parts';

/** JetBrains Gateway: the SSH connection dialog, filled in for the sandbox. */
export default function GatewaySshDialog(): ReactNode {
  return (
    <Figure
      width={720}
      height={322}
      title="JetBrains Gateway SSH connection dialog"
      description="Schematic of the Gateway SSH configuration dialog. Host: aibox, the entry aibox setup wrote. Port: 2222 and Username: dev, filled in from that entry. Authentication type: OpenSSH config and authentication agent. The check box Parse config file ~/.ssh/config is selected. Select Test Connection and expect Successfully connected, then OK, then Check Connection and Continue."
      caption={
        <>
          The Gateway SSH connection, filled in for the sandbox: <strong>Host</strong> <code>aibox</code>, with{' '}
          <strong>Port</strong> <code>2222</code> and <strong>Username</strong> <code>dev</code> from its SSH entry,{' '}
          <strong>Authentication type</strong> <strong>OpenSSH config and authentication agent</strong> with{' '}
          <strong>Parse config file ~/.ssh/config</strong> selected. <strong>Test Connection</strong> should report
          success.
        </>
      }
    >
      <Frame x={10} y={10} w={430} h={300} title="SSH Configurations" />
      <Field x={30} y={50} w={390} label="Host:" value="aibox" />
      <Field x={30} y={84} w={390} label="Port:" value="2222" />
      <Field x={30} y={118} w={390} label="Username:" value="dev" />
      <Text x={30} y={169}>
        Authentication type:
      </Text>
      <Field x={30} y={176} w={390} value="OpenSSH config and authentication agent" />
      <Box x={30} y={212} w={14} h={14} highlight />
      <Text x={33} y={224} kind="note">
        ✓
      </Text>
      <Text x={52} y={224}>
        Parse config file ~/.ssh/config
      </Text>
      <Button x={30} y={240} w={130} text="Test Connection" />
      <Text x={170} y={257} kind="small">
        Successfully connected
      </Text>
      <Button x={270} y={274} w={70} text="OK" primary />
      <Button x={350} y={274} w={80} text="Cancel" />
      <Callout n={1} x={462} y={64} lines={['Type the host aibox; port', 'and user come from its entry']} />
      <Callout n={2} x={462} y={182} lines={['Use the SSH agent, not a', 'password: load the key first']} />
      <Callout n={3} x={462} y={226} lines={['Select Parse config file', '(Windows: %UserProfile%\\.ssh)']} />
      <Callout n={4} x={462} y={262} lines={['Test Connection, then OK,', 'then Check Connection', 'and Continue']} />
    </Figure>
  );
}
