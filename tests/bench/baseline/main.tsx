// The start-up baseline: React rendering one value read from IndexedDB, nothing else.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function readOne(): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('baseline', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('items', { keyPath: 'id' });
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const tx = request.result.transaction('items', 'readwrite');
      const store = tx.objectStore('items');
      store.put({ id: 'territory', name: 'Свердловский район' });
      const get = store.get('territory');
      get.onsuccess = () => resolve((get.result as { name: string }).name);
    };
  });
}

function Baseline() {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    void readOne().then(setName);
  }, []);
  useEffect(() => {
    if (name) performance.mark('koopsuz:home-ready');
  }, [name]);
  return <h1>{name ?? '…'}</h1>;
}

createRoot(document.getElementById('root')!).render(<Baseline />);
