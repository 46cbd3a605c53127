// "Xem thử với dữ liệu mẫu": fill an empty store with a generated province, so that a newcomer
// sees a living dashboard before typing a single record. The data is marked as demo everywhere.
import { loadDemoProvince, type DemoSize } from '@/db/demo-repo';
import { useLocalMutation } from '@/queries/mutation';

export interface LoadDemoRequest {
  size: DemoSize;
  onProgress?: (done: number, total: number) => void;
}

export function useLoadDemo() {
  return useLocalMutation(({ size, onProgress }: LoadDemoRequest) =>
    loadDemoProvince({ size }, onProgress),
  );
}
