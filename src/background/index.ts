console.debug('red cup worker');
