/**
 * The `text-size-up` / `text-size-down` extension commands: one step of the
 * stored text size. Every open reader (and the popup) follows the settings
 * change through `watchSettings`, so no message to a tab is needed.
 */
import { getSettings, updateSettings, type Settings } from '@/utils/settings';
import { stepTextSize } from './keys';

export const TEXT_SIZE_COMMANDS = { 'text-size-up': 1, 'text-size-down': -1 } as const;
export type TextSizeCommand = keyof typeof TEXT_SIZE_COMMANDS;

/** Whether a command name is one of the text-size commands. */
export function isTextSizeCommand(command: string): command is TextSizeCommand {
  return Object.hasOwn(TEXT_SIZE_COMMANDS, command);
}

/** Apply a text-size command to the stored settings; resolves to the new settings. */
export async function runTextSizeCommand(command: TextSizeCommand): Promise<Settings> {
  const { textSize } = await getSettings();
  return updateSettings({ textSize: stepTextSize(textSize, TEXT_SIZE_COMMANDS[command]) });
}
