/**
 * Events from main (sessionChanged, deviceCode) fanned out to every open preview page over
 * Server-Sent Events. Created before the services so ShellEnv.emit exists when they are composed.
 * A session change goes out as a delta (issue 14), as to the app's window: each page has its own
 * encoder, so a page that connects late (or reconnects) starts from the whole session.
 */
import { eventChannels, type EmitEvent } from '../../common/ipc/contract.js';
import { createDeltaEncoder } from '../../common/ipc/session-delta.js';

export type EventSink = (channel: string, payload: unknown) => void;

export interface EventHub {
  emit: EmitEvent;
  /** Returns the function that stops delivery to this sink. */
  subscribe(sink: EventSink): () => void;
}

export function createEventHub(): EventHub {
  const sinks = new Map<EventSink, ReturnType<typeof createDeltaEncoder>>();
  return {
    emit(event, payload) {
      for (const [sink, deltas] of sinks) {
        if (event === 'sessionChanged') {
          sink(
            eventChannels.sessionDelta.channel,
            deltas.encode(payload as Parameters<typeof deltas.encode>[0]),
          );
        } else {
          sink(eventChannels[event].channel, payload);
        }
      }
    },
    subscribe(sink) {
      sinks.set(sink, createDeltaEncoder());
      return () => {
        sinks.delete(sink);
      };
    },
  };
}
