SELECT lo FROM limits;
