import React, {type ReactNode} from 'react';
import {Button, Callout, Field, Figure, Frame, Text} from './parts';

/** JetBrains Gateway: choosing the preinstalled backend and the project directory. */
export default function GatewayChooseIde(): ReactNode {
  return (
    <Figure
      width={720}
      height={250}
      title="JetBrains Gateway Choose IDE and Project step"
      description="Schematic of the Gateway step Choose IDE and Project. IDE version: pick the IDE backend that is already installed in the sandbox, not a version to download, because downloads are blocked. Project directory: /workspace. Then select Start IDE and Connect."
      caption={
        <>
          <strong>Choose IDE and Project</strong>: for <strong>IDE version</strong>, pick the backend already installed
          in the sandbox (a download would be blocked by the org baseline); for <strong>Project directory</strong>, type{' '}
          <code>/workspace</code>; then select <strong>Start IDE and Connect</strong>.
        </>
      }
    >
      <Frame x={10} y={10} w={430} h={230} title="JetBrains Gateway: Choose IDE and Project" />
      <Field x={30} y={50} w={390} label="IDE version:" value="IntelliJ IDEA (installed)" />
      <Text x={150} y={96} kind="small">
        Preinstalled in the base image
      </Text>
      <Field x={30} y={112} w={390} label="Project directory:" value="/workspace" />
      <Button x={250} y={196} w={170} text="Start IDE and Connect" primary />
      <Callout n={1} x={462} y={63} lines={['Pick the installed backend,', 'never a version to download']} />
      <Callout n={2} x={462} y={125} lines={['Type /workspace:', 'your project in the sandbox']} />
      <Callout n={3} x={462} y={209} lines={['Start IDE and Connect']} />
    </Figure>
  );
}
