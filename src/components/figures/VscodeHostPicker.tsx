import React, {type ReactNode} from 'react';
import {Box, Callout, Field, Figure, Frame, Text} from './parts';

/** VS Code: the Remote-SSH host picker, with the host `aibox` that `aibox setup` wrote. */
export default function VscodeHostPicker(): ReactNode {
  return (
    <Figure
      width={720}
      height={300}
      title="VS Code Remote-SSH host picker"
      description="Schematic of VS Code. Step 1: press F1 and type Remote-SSH: Connect to Host. Step 2: the picker asks Select configured SSH host or enter user@host and lists aibox, then + Add New SSH Host... and Configure SSH Hosts...; pick aibox. Do not add a new host: aibox setup already wrote it."
      caption={
        <>
          The Remote-SSH host picker. Press <kbd>F1</kbd>, run <strong>Remote-SSH: Connect to Host...</strong>, then
          pick <code>aibox</code> from the list. The entry comes from the SSH configuration that{' '}
          <code>aibox setup</code> wrote, so you never choose <strong>+ Add New SSH Host...</strong>.
        </>
      }
    >
      <Frame x={10} y={10} w={430} h={280} title="Visual Studio Code" />
      <Field x={30} y={50} w={390} value=">Remote-SSH: Connect to Host..." />
      <Box x={30} y={80} w={390} h={26} highlight />
      <Text x={40} y={97}>
        Remote-SSH: Connect to Host...
      </Text>
      <Text x={40} y={124}>
        Remote-SSH: Connect Current Window to Host...
      </Text>
      <Field x={30} y={160} w={390} placeholder="Select configured SSH host or enter user@host" />
      <Box x={30} y={190} w={390} h={26} highlight />
      <Text x={40} y={207} kind="typed">
        aibox
      </Text>
      <Text x={40} y={234}>
        + Add New SSH Host...
      </Text>
      <Text x={40} y={261}>
        Configure SSH Hosts...
      </Text>
      <Callout n={1} x={462} y={63} lines={['Press F1 and type', 'Remote-SSH: Connect to Host', 'then press Enter']} />
      <Callout
        n={2}
        x={462}
        y={190}
        lines={['Pick aibox: written by', 'aibox setup, it points at', 'localhost port 2222']}
      />
      <Callout n={3} x={462} y={250} lines={['Do not add a new host']} />
    </Figure>
  );
}
