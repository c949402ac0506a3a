/**
 * Events from main (sessionChanged, deviceCode) fanned out to every open preview page over
 * Server-Sent Events. Created before the services so ShellEnv.emit exists when they are composed.
 */
import { eventChannels, type EmitEvent } from '../../common/ipc/contract.js';

export type EventSink = (channel: string, payload: unknown) => void;

export interface EventHub {
  emit: EmitEvent;
  /** Returns the function that stops delivery to this sink. */
  subscribe(sink: EventSink): () => void;
}

export function createEventHub(): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(event, payload) {
      const { channel } = eventChannels[event];
      for (const sink of sinks) sink(channel, payload);
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => {
        sinks.delete(sink);
      };
    },
  };
}
