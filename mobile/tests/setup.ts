import mockAsyncStorage from '@react-native-async-storage/async-storage/jest/async-storage-mock';

// The official in-memory AsyncStorage of the library (a native module has no place in Jest).
jest.mock('@react-native-async-storage/async-storage', () => mockAsyncStorage);
