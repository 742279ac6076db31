document.documentElement.dataset.redCup = 'ready';
