import * as z from 'zod';
import {expected} from './common';

/** INI values arrive as strings; these accept what WSL itself accepts. */
const bool = z.enum(['true', 'false'], {error: expected('true or false')});
const size = z.string().regex(/^[0-9]+(MB|GB)$/, expected('a size like 12GB or 512MB'));
const count = z.string().regex(/^[1-9][0-9]*$/, expected('a whole number'));

/** `%UserProfile%\.wslconfig`: settings of the WSL2 virtual machine (see facts: MicrosoftDocs/WSL). */
export const wslconfigSchema = z
  .strictObject({
    wsl2: z
      .strictObject({
        memory: size,
        processors: count,
        swap: z.union([size, z.literal('0')], {error: expected('a size like 4GB, or 0')}),
        swapFile: z.string(),
        networkingMode: z.enum(['nat', 'mirrored', 'none', 'virtioproxy', 'bridged'], {
          error: expected('one of nat | mirrored | none | virtioproxy | bridged'),
        }),
        dnsTunneling: bool,
        autoProxy: bool,
        firewall: bool,
        localhostForwarding: bool,
        autoMemoryReclaim: z.enum(['disabled', 'gradual', 'dropcache'], {
          error: expected('one of disabled | gradual | dropcache'),
        }),
        sparseVhd: bool,
        guiApplications: bool,
        nestedVirtualization: bool,
        vmIdleTimeout: count,
        kernelCommandLine: z.string(),
      })
      .partial(),
    experimental: z.record(z.string(), z.string()),
  })
  .partial();

/** `/etc/wsl.conf` inside the distribution. */
export const wslConfSchema = z
  .strictObject({
    boot: z.strictObject({systemd: bool, command: z.string()}).partial(),
    network: z.strictObject({generateResolvConf: bool, generateHosts: bool, hostname: z.string()}).partial(),
    automount: z.strictObject({enabled: bool, root: z.string(), options: z.string(), mountFsTab: bool}).partial(),
    interop: z.strictObject({enabled: bool, appendWindowsPath: bool}).partial(),
    user: z.strictObject({default: z.string()}).partial(),
  })
  .partial();

/** Sections that mark an `ini` block as /etc/wsl.conf; anything else is read as .wslconfig. */
export const WSLCONF_SECTIONS = ['boot', 'network', 'automount', 'interop', 'user'];
