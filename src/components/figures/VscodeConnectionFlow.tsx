import React, {type ReactNode} from 'react';
import {Arrow, Box, Button, Callout, Field, Figure, Frame, Text} from './parts';

/** VS Code: what happens after picking `aibox`, and the two things to check or type afterwards. */
export default function VscodeConnectionFlow(): ReactNode {
  return (
    <Figure
      width={720}
      height={330}
      title="VS Code connection flow to the AI-Box sandbox"
      description="Diagram. VS Code on your machine reads the host aibox from the SSH config file (on Windows %UserProfile%\.ssh\config, on Linux ~/.ssh/config) and connects with SSH to localhost port 2222, where the sandbox runs in Docker Engine (inside WSL2 on Windows). VS Code copies its server into the sandbox. The remote indicator at the bottom left then reads SSH: aibox. In File, Open Folder, type /workspace and select OK."
      caption={
        <>
          The connection flow. VS Code reads <code>Host aibox</code> from your SSH configuration (Windows:{' '}
          <code>%UserProfile%\.ssh\config</code>), connects to <code>localhost:2222</code> and copies its server into
          the sandbox. When the remote indicator reads <code>SSH: aibox</code>, open the folder <code>/workspace</code>.
        </>
      }
    >
      <Box x={10} y={10} w={220} h={150} dashed />
      <Text x={20} y={30} kind="note">
        Your machine
      </Text>
      <Text x={20} y={55}>
        VS Code + Remote-SSH
      </Text>
      <Text x={20} y={80} kind="small">
        SSH config (Windows):
      </Text>
      <Text x={20} y={96} kind="mono">
        %UserProfile%\.ssh\config
      </Text>
      <Text x={20} y={118} kind="mono">
        Host aibox
      </Text>
      <Text x={20} y={134} kind="mono">
        {'  HostName localhost'}
      </Text>
      <Text x={20} y={150} kind="mono">
        {'  Port 2222'}
      </Text>
      <Arrow x1={232} y1={85} x2={330} y2={85} />
      <Text x={238} y={75} kind="small">
        ssh localhost:2222
      </Text>
      <Box x={332} y={10} w={378} h={150} dashed />
      <Text x={342} y={30} kind="note">
        Docker Engine (on Windows: inside WSL2)
      </Text>
      <Box x={352} y={45} w={340} h={100} highlight />
      <Text x={362} y={66} kind="note">
        AI-Box sandbox, user dev
      </Text>
      <Text x={362} y={90}>
        VS Code Server (copied over SSH)
      </Text>
      <Text x={362} y={114} kind="mono">
        /workspace = your project
      </Text>
      <Text x={362} y={134} kind="small">
        extensions, terminal and debugger run here
      </Text>
      <Frame x={10} y={180} w={430} h={140} title="Open Folder" />
      <Field x={30} y={220} w={390} label="Folder:" labelWidth={60} value="/workspace" />
      <Button x={340} y={256} w={80} text="OK" primary />
      <Box x={30} y={290} w={100} h={22} highlight />
      <Text x={40} y={305} kind="mono">
        SSH: aibox
      </Text>
      <Callout n={1} x={462} y={210} lines={['Wait for SSH: aibox', 'in the bottom-left corner']} />
      <Callout n={2} x={462} y={262} lines={['File > Open Folder...,', 'type /workspace, select OK']} />
    </Figure>
  );
}
