import React, {type ReactNode} from 'react';
import {Box, Button, Callout, Field, Figure, Frame, Text} from './parts';

/** JetBrains Gateway: the SSH connection dialog, filled in for the sandbox. */
export default function GatewaySshDialog(): ReactNode {
  return (
    <Figure
      width={720}
      height={320}
      title="JetBrains Gateway SSH connection dialog"
      description="Schematic of the Gateway SSH configuration dialog. Host: localhost. Port: 2222. Username: dev. Authentication type: OpenSSH config and authentication agent. The check box Parse config file ~/.ssh/config is selected. Select Test Connection and expect Successfully connected, then OK, then Check Connection and Continue."
      caption={
        <>
          The Gateway SSH connection, filled in for the sandbox: <strong>Host</strong> <code>localhost</code>,{' '}
          <strong>Port</strong> <code>2222</code>, <strong>Username</strong> <code>dev</code>, <strong>Authentication type</strong>{' '}
          <strong>OpenSSH config and authentication agent</strong> with <strong>Parse config file ~/.ssh/config</strong>{' '}
          selected. <strong>Test Connection</strong> should report success.
        </>
      }>
      <Frame x={10} y={10} w={470} h={300} title="SSH Configurations" />
      <Field x={30} y={50} w={430} label="Host:" value="localhost" />
      <Field x={30} y={84} w={430} label="Port:" value="2222" />
      <Field x={30} y={118} w={430} label="Username:" value="dev" />
      <Field x={30} y={152} w={430} label="Authentication type:" labelWidth={140} value="OpenSSH config and authentication agent" />
      <Box x={30} y={192} w={14} h={14} highlight />
      <Text x={33} y={204} kind="note">
        ✓
      </Text>
      <Text x={52} y={204}>
        Parse config file ~/.ssh/config
      </Text>
      <Button x={30} y={224} w={130} text="Test Connection" />
      <Text x={170} y={241} kind="small">
        Successfully connected
      </Text>
      <Button x={300} y={270} w={70} text="OK" primary />
      <Button x={380} y={270} w={80} text="Cancel" />
      <Callout n={1} x={505} y={64} lines={['Type localhost, 2222, dev:', 'the sandbox on your machine']} />
      <Callout n={2} x={505} y={160} lines={['Use the SSH agent, not a', 'password: load the key first']} />
      <Callout n={3} x={505} y={206} lines={['Select Parse config file', '(Windows: %UserProfile%\\.ssh)']} />
      <Callout n={4} x={505} y={252} lines={['Test Connection, then OK,', 'then Check Connection', 'and Continue']} />
    </Figure>
  );
}
